package com.genuka.privacy.audit.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.audit.entity.AuditEvent;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reading the audit log, newest first, filtered and page by page, with the sealed details opened while
 * their key exists, and each author and subject named: the audit row keeps only a pseudonymous
 * reference, the name is looked up now, and a reference whose account or file is gone reads as such.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditBrowser {

  /** At most this many people match an author or subject search; a search that finds more is too vague. */
  static final int MAX_MATCHES = 500;

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  @Inject PortalClock clock;

  /** A line of the audit page; {@code actor} and {@code subject} are who the references stand for. */
  public record Row(long id, Instant occurredAt, String actorRef, String actorRole, String action, String subjectRef,
      Long tenantId, String target, String summary, String details, String hash, Person actor, Person subject) {}

  /**
   * Who a reference stands for. {@code kind}: ACCOUNT (a portal account, named), CANDIDATE (a
   * candidate's file, named), SYSTEM, VISITOR (no account), DELETED (the account or file no longer
   * exists: erased), NONE (no reference).
   */
  public record Person(String kind, String name) {
    static final Person NONE = new Person("NONE", null);

    public boolean isNamed() {
      return name != null;
    }
  }

  /**
   * What the page is narrowed to; every part is optional. {@code author} and {@code subject} are a
   * name, an e-mail address or a reference, matched in part and without regard to case; the dates are
   * days in the portal's time zone, both included.
   */
  public record Filter(String action, String role, String author, String subject, LocalDate from, LocalDate to) {
    public static final Filter NONE = new Filter(null, null, null, null, null, null);

    public Filter {
      action = blankToNull(action);
      role = blankToNull(role);
      author = blankToNull(author);
      subject = blankToNull(subject);
    }

    public boolean isEmpty() {
      return action == null && role == null && author == null && subject == null && from == null && to == null;
    }
  }

  public List<Row> page(int first, int size) {
    return page(Filter.NONE, first, size);
  }

  public long count() {
    return count(Filter.NONE);
  }

  public List<Row> page(Filter filter, int first, int size) {
    TypedQuery<AuditEvent> q = query(filter, "SELECT a FROM AuditEvent a", " ORDER BY a.id DESC", AuditEvent.class);
    if (q == null) {
      return List.of();
    }
    List<AuditEvent> events = q.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), 200))
        .getResultList();
    Set<String> refs = new HashSet<>();
    for (AuditEvent e : events) {
      refs.add(e.getActorRef());
      if (e.getSubjectRef() != null) {
        refs.add(e.getSubjectRef());
      }
    }
    Map<String, Person> people = people(refs);
    return events.stream()
        .map(e -> new Row(e.getId(), e.getOccurredAt(), e.getActorRef(), e.getActorRole(), e.getAction(),
            e.getSubjectRef(), e.getTenantId(), e.getTargetType() == null ? null : e.getTargetType() + " " + e.getTargetId(),
            e.getSummary(), audit.openDetails(e), e.getHash(), person(people, e.getActorRef()),
            e.getSubjectRef() == null ? Person.NONE : person(people, e.getSubjectRef())))
        .toList();
  }

  public long count(Filter filter) {
    TypedQuery<Long> q = query(filter, "SELECT COUNT(a) FROM AuditEvent a", "", Long.class);
    return q == null ? 0 : q.getSingleResult();
  }

  /** The actions the log holds, for the filter's choice. */
  public List<String> actions() {
    return em.createQuery("SELECT DISTINCT a.action FROM AuditEvent a ORDER BY a.action", String.class).getResultList();
  }

  /** The authors' roles the log holds, for the filter's choice. */
  public List<String> roles() {
    return em.createQuery("SELECT DISTINCT a.actorRole FROM AuditEvent a ORDER BY a.actorRole", String.class)
        .getResultList();
  }

  /** Null when a name searched for matches nobody: then no row can match. */
  private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new LinkedHashMap<>();
    if (f.action() != null) {
      and(where).append("a.action = :action");
      params.put("action", f.action());
    }
    if (f.role() != null) {
      and(where).append("a.actorRole = :role");
      params.put("role", f.role());
    }
    if (f.from() != null) {
      and(where).append("a.occurredAt >= :from");
      params.put("from", f.from().atStartOfDay(clock.zone()).toInstant());
    }
    if (f.to() != null) {
      and(where).append("a.occurredAt < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }
    if (f.author() != null) {
      List<String> refs = refsMatching(f.author());
      if (refs.isEmpty()) {
        return null;
      }
      and(where).append("a.actorRef IN :authors");
      params.put("authors", refs);
    }
    if (f.subject() != null) {
      List<String> refs = refsMatching(f.subject());
      if (refs.isEmpty()) {
        return null;
      }
      and(where).append("a.subjectRef IN :subjects");
      params.put("subjects", refs);
    }
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    params.forEach(q::setParameter);
    return q;
  }

  private static StringBuilder and(StringBuilder where) {
    return where.append(where.length() == 0 ? " WHERE " : " AND ");
  }

  /**
   * The references of the accounts and candidates whose name or e-mail contains {@code text}, and
   * {@code text} itself when it is a reference (a deleted person is found by the reference the page
   * showed), "system" or "anonymous".
   */
  List<String> refsMatching(String text) {
    String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Set<String> refs = new HashSet<>();
    refs.addAll(em.createQuery("SELECT u.subjectRef FROM UserAccount u WHERE LOWER(u.fullName) LIKE :t ESCAPE '\\'"
        + " OR LOWER(u.email) LIKE :t ESCAPE '\\'", String.class).setParameter("t", like).setMaxResults(MAX_MATCHES)
        .getResultList());
    refs.addAll(em.createQuery("SELECT c.subjectRef FROM Candidate c WHERE LOWER(c.fullName) LIKE :t ESCAPE '\\'"
        + " OR LOWER(c.email) LIKE :t ESCAPE '\\'", String.class).setParameter("t", like).setMaxResults(MAX_MATCHES)
        .getResultList());
    String exact = text.strip();
    if (exact.length() <= 36) {
      refs.add(exact.toLowerCase(Locale.ROOT));
      refs.add(exact);
    }
    return new ArrayList<>(refs);
  }

  private Map<String, Person> people(Set<String> refs) {
    Map<String, Person> found = new HashMap<>();
    List<String> wanted = refs.stream().filter(r -> !"system".equals(r) && !"anonymous".equals(r)).toList();
    if (wanted.isEmpty()) {
      return found;
    }
    for (Object[] u : em.createQuery("SELECT u.subjectRef, u.fullName FROM UserAccount u WHERE u.subjectRef IN :refs",
        Object[].class).setParameter("refs", wanted).getResultList()) {
      found.put((String) u[0], new Person("ACCOUNT", (String) u[1]));
    }
    for (Object[] c : em.createQuery("SELECT c.subjectRef, c.fullName FROM Candidate c WHERE c.subjectRef IN :refs",
        Object[].class).setParameter("refs", wanted).getResultList()) {
      found.putIfAbsent((String) c[0], new Person("CANDIDATE", (String) c[1]));
    }
    return found;
  }

  private static Person person(Map<String, Person> people, String ref) {
    if (ref == null) {
      return Person.NONE;
    }
    if ("system".equals(ref)) {
      return new Person("SYSTEM", null);
    }
    if ("anonymous".equals(ref)) {
      return new Person("VISITOR", null);
    }
    return people.getOrDefault(ref, new Person("DELETED", null));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
