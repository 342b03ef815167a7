package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.CandidateRetention;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.entity.RequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HR's candidate list: search, filters, the day each candidate's data will be deleted (from the
 * retention rules, R-T1 and R-T2), and the candidates due in the coming days. "Deleted by a day" is
 * a condition in the query, not a filter over every row, so the list stays fast however many
 * candidates there are.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class CandidateDirectory {

  public static final int PAGE_SIZE = 50;
  static final int MAX_DUE = 2000;

  @PersistenceContext EntityManager em;

  @Inject CandidateJournal journal;

  public CandidateList list(CandidateFilter filter) {
    CandidateFilter f = filter == null ? CandidateFilter.all() : filter;
    RetentionTerms terms = journal.terms();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (f.query() != null && !f.query().isBlank()) {
      String q = f.query().strip().toLowerCase(Locale.ROOT);
      if (q.length() > 100) {
        throw new UserFacingException("candidate.filterInvalid");
      }
      where.append(" AND (LOWER(c.fullName) LIKE :q ESCAPE '\\' OR LOWER(c.email) LIKE :q ESCAPE '\\')");
      params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (f.position() != null && !f.position().isBlank()) {
      where.append(" AND c.position = :position");
      params.put("position", f.position());
    }
    if (f.state() != null && !f.state().isBlank()) {
      where.append(" AND c.state = :state");
      params.put("state", state(f.state()));
    }
    if (f.deletionBefore() != null) {
      where.append(" AND ").append(deletedBy(f.deletionBefore(), terms, params));
    }
    String order = switch (f.sort() == null ? "" : f.sort()) {
      case "NAME" -> " ORDER BY c.fullName, c.id";
      case "APPLIED" -> " ORDER BY c.appliedAt DESC, c.id DESC";
      default -> " ORDER BY c.lastContactAt DESC, c.id DESC";
    };
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Candidate c" + where, Long.class);
    TypedQuery<Candidate> rows = em.createQuery("SELECT c FROM Candidate c" + where + order, Candidate.class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      rows.setParameter(k, v);
    });
    long total = count.getSingleResult();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, f.page()), pages);
    List<Candidate> found = rows.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    return new CandidateList(summaries(found, terms), total, page, pages);
  }

  /**
   * The candidates whose data will be deleted within {@code days} days (today included), and those
   * already past their date that the next sweep will delete, soonest first.
   */
  public List<CandidateSummary> dueWithin(int days) {
    if (days < 0 || days > 366) {
      throw new UserFacingException("candidate.filterInvalid");
    }
    RetentionTerms terms = journal.terms();
    Map<String, Object> params = new HashMap<>();
    String predicate = deletedBy(terms.today().plusDays(days), terms, params);
    TypedQuery<Candidate> q = em.createQuery("SELECT c FROM Candidate c WHERE " + predicate
        + " ORDER BY c.id", Candidate.class);
    params.forEach(q::setParameter);
    List<CandidateSummary> due = new ArrayList<>(summaries(q.setMaxResults(MAX_DUE).getResultList(), terms));
    due.sort(Comparator.comparing(CandidateSummary::deletionDate).thenComparing(CandidateSummary::fullName));
    return due;
  }

  public List<String> positions() {
    return em.createNamedQuery("Candidate.positions", String.class).getResultList();
  }

  /** Countries with a statutory period for personnel files: where a hire can be dated (R-T2). */
  public Map<String, Integer> employmentCountries() {
    return new TreeMap<>(journal.terms().employmentYears());
  }

  /**
   * A JPQL condition on alias {@code c}: the candidate's deletion date is on or before {@code day}.
   * The same rules as {@link CandidateRetention#deletionDate}, turned around into bounds on the
   * stored columns.
   */
  /** The candidates who objected to being kept (few: the next sweep deletes them). */
  public static final String OBJECTED = "SELECT id FROM candidate WHERE objected_to_retention";

  private List<Long> objected() {
    List<?> ids = em.createNativeQuery(OBJECTED).getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  String deletedBy(LocalDate day, RetentionTerms terms, Map<String, Object> params) {
    StringBuilder p = new StringBuilder("((c.state <> :hired AND (");
    params.put("hired", CandidateState.HIRED);
    if (!day.isBefore(terms.today())) {
      // The objected candidates are found by native SQL: EclipseLink compares a boolean attribute
      // with 1 on H2 (literal or bound parameter alike), which H2 2.x refuses for a BOOLEAN column.
      List<Long> objected = objected();
      if (!objected.isEmpty()) {
        p.append("c.id IN :objected OR ");
        params.put("objected", objected);
      }
    }
    p.append("c.lastContactAt < :cutoff))");
    params.put("cutoff", CandidateRetention.lastContactCutoff(day, terms.amount(), terms.unit(), terms.zone()));
    int i = 0;
    for (Map.Entry<String, Integer> e : new TreeMap<>(terms.employmentYears()).entrySet()) {
      p.append(" OR (c.state = :hired AND c.employmentCountry = :country").append(i)
          .append(" AND c.contractEnd <= :contractEnd").append(i).append(")");
      params.put("country" + i, e.getKey());
      params.put("contractEnd" + i, CandidateRetention.latestStartDeletedBy(day, e.getValue(),
          com.genuka.privacy.retention.entity.PeriodUnit.YEARS));
      i++;
    }
    return p.append(")").toString();
  }

  private List<CandidateSummary> summaries(List<Candidate> candidates, RetentionTerms terms) {
    Map<Long, Long> open = new HashMap<>();
    if (!candidates.isEmpty()) {
      for (Object[] row : em.createQuery("SELECT r.subjectCandidateId, COUNT(r) FROM PrivacyRequest r"
              + " WHERE r.subjectCandidateId IN :ids AND r.status IN :open GROUP BY r.subjectCandidateId", Object[].class)
          .setParameter("ids", candidates.stream().map(Candidate::getId).toList())
          .setParameter("open", RequestStatus.open()).getResultList()) {
        open.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
      }
    }
    return candidates.stream().map(c -> summary(c, terms, open.getOrDefault(c.getId(), 0L))).toList();
  }

  static CandidateSummary summary(Candidate c, RetentionTerms terms, long openRequests) {
    LocalDate deletion = terms.deletionDate(c);
    return new CandidateSummary(c.getId(), c.getFullName(), c.getEmail(), c.getPosition(), c.getState().name(),
        c.getAppliedAt(), c.getLastContactAt(), deletion, terms.basis(c).name(), c.isObjectedToRetention(),
        c.getTalentPoolConsent(), openRequests,
        deletion == null ? 0 : ChronoUnit.DAYS.between(terms.today(), deletion));
  }

  static CandidateState state(String name) {
    try {
      return CandidateState.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("candidate.filterInvalid");
    }
  }
}
