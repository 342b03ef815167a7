package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.CandidateMails;
import com.genuka.privacy.candidates.control.ErasureEngine;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.DeletionCause;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.Tombstone;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Candidates' privacy requests on HR's side (R-R3): the same requests as in the admins' queue,
 * an e-mail to HR when one can be acted on, and, while no erasure engine takes a candidate's
 * erasure, its carrying out by HR once an admin has started it — with the legal hold of hired
 * people respected (R-T2), a tombstone (R-T7), the subject's audit key forgotten and the request
 * completed through the workflow, which tells the candidate.
 */
@Stateless
public class CandidateRequestsDesk {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject CandidateJournal journal;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  @Inject RetentionCatalog catalog;

  @Inject RequestWorkflow workflow;

  @Inject ErasureEngine engine;

  /** Candidates' requests, open ones first by due date, or all of them, newest first. */
  @RolesAllowed(Role.HR_NAME)
  public List<CandidateRequestLine> requests(boolean openOnly) {
    String jpql = "SELECT r FROM PrivacyRequest r WHERE r.subjectKind = :candidate"
        + (openOnly ? " AND r.status IN :open ORDER BY r.dueDate, r.id" : " ORDER BY r.receivedAt DESC, r.id DESC");
    var q = em.createQuery(jpql, PrivacyRequest.class).setParameter("candidate", SubjectKind.CANDIDATE);
    if (openOnly) {
      q.setParameter("open", RequestStatus.open());
    }
    LocalDate today = clock.today();
    boolean byEngine = engine.takesCandidateErasures();
    List<PrivacyRequest> found = q.setMaxResults(1000).getResultList();
    List<Long> ids = found.stream().map(PrivacyRequest::getSubjectCandidateId).filter(java.util.Objects::nonNull).toList();
    Map<Long, String> names = ids.isEmpty() ? Map.of() : em.createQuery("SELECT c FROM Candidate c WHERE c.id IN :ids",
            Candidate.class).setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(Candidate::getId, Candidate::getFullName));
    return found.stream().map(r -> {
      CandidateRequestLine line = CandidateViews.line(r, today, byEngine);
      String name = r.getSubjectCandidateId() != null && names.containsKey(r.getSubjectCandidateId())
          ? names.get(r.getSubjectCandidateId()) : r.getSubjectName();
      return new CandidateRequestLine(line.id(), line.reference(), line.type(), line.status(), line.receivedAt(),
          line.dueDate(), line.overdue(), line.open(), line.candidateId(), name, line.hrAction(),
          line.objection());
    }).toList();
  }

  /**
   * HR carries out a candidate's erasure that an admin has started: every file held under the
   * candidate's id or address goes, with its documents, history and links.
   *
   * @return how many candidate files were deleted
   */
  @RolesAllowed(Role.HR_NAME)
  public int carryOutErasure(long requestId) {
    UserAccount hr = CallerAccounts.caller(context, em);
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || r.getSubjectKind() != SubjectKind.CANDIDATE || r.getType() != RequestType.ERASURE) {
      throw new UserFacingException("candidate.request.notFound");
    }
    if (!r.isOpen()) {
      throw new UserFacingException("request.closed");
    }
    if (r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("candidate.erasure.notStarted");
    }
    if (engine.takesCandidateErasures()) {
      throw new UserFacingException("candidate.erasure.byEngine");
    }
    String email = r.getSubjectEmail() == null ? "" : r.getSubjectEmail().toLowerCase(Locale.ROOT);
    var query = em.createQuery("SELECT c FROM Candidate c WHERE c.id = :id"
            + (email.isEmpty() ? "" : " OR LOWER(c.email) = :email"), Candidate.class)
        .setParameter("id", r.getSubjectCandidateId() == null ? -1L : r.getSubjectCandidateId());
    if (!email.isEmpty()) {
      query.setParameter("email", email);
    }
    List<Candidate> files = query.getResultList();
    RetentionTerms terms = journal.terms();
    for (Candidate c : files) {
      LocalDate due = terms.deletionDate(c);
      if (c.getState() == CandidateState.HIRED && (due == null || due.isAfter(terms.today()))) {
        throw new UserFacingException("candidate.erasure.legalHold");
      }
    }
    Instant now = clock.now();
    RetentionRule backups = catalog.rule("BACKUP");
    LocalDate leavesBackups = backups.getUnit().plus(terms.today(), backups.getAmount());
    for (Candidate c : files) {
      long rows = 1 + count("SELECT COUNT(d) FROM CandidateDocument d WHERE d.candidateId = :id", c.getId())
          + count("SELECT COUNT(e) FROM CandidateEvent e WHERE e.candidateId = :id", c.getId());
      em.persist(new Tombstone("C2", null, "candidate file with its documents and history",
          (int) rows, DeletionCause.REQUEST, c.getSubjectRef(), null, r.getId(), now, leavesBackups));
      journal.audit(CandidateRecords.actor(hr), "CANDIDATE_ERASED", c,
          "candidate file erased by HR on request " + r.getReference(), null);
    }
    em.flush();
    int deleted = 0;
    if (!files.isEmpty()) {
      List<Long> ids = files.stream().map(Candidate::getId).toList();
      for (Candidate c : files) {
        audit.forgetSubjectKey(c.getSubjectRef());
      }
      // Documents, history, links and page grants go with the rows (ON DELETE CASCADE).
      deleted = em.createQuery("DELETE FROM Candidate c WHERE c.id IN :ids").setParameter("ids", ids).executeUpdate();
      r.setSubjectCandidateId(null);
    }
    String lang = r.getLocale();
    String note = label(deleted == 0 ? "erasure.nothingHeld" : "erasure.done", lang)
        .replace("{date}", MailFormat.date(leavesBackups, lang));
    workflow.completeBySystem(r.getId(), note);
    // The request keeps its reference and history; the person's contact data goes once done.
    r.setSubjectEmail(null);
    r.setSubjectName(null);
    return deleted;
  }

  /**
   * A candidate's request can be acted on: every HR person is told. It is written in the
   * application's history but does not move the last contact: exercising a right (access,
   * erasure, restriction, objection…) must never push the deletion day back (issue 10).
   */
  @PermitAll
  public void announceVerified(long requestId) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null || r.getSubjectKind() != SubjectKind.CANDIDATE) {
      return;
    }
    CandidateMails mails = mails();
    for (UserAccount hr : activeHr()) {
      outbox.send(mails.requestForHr(hr, r));
    }
    Candidate c = r.getSubjectCandidateId() == null ? null : em.find(Candidate.class, r.getSubjectCandidateId());
    if (c != null) {
      journal.step(c, "REQUEST", null, null, null, r.getType().name() + " " + r.getReference());
    }
  }

  /** An admin started a candidate's erasure: HR carries it out, unless the erasure engine does. */
  @PermitAll
  public void announceErasureStarted(long requestId) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null || r.getSubjectKind() != SubjectKind.CANDIDATE || r.getType() != RequestType.ERASURE
        || engine.takesCandidateErasures()) {
      return;
    }
    CandidateMails mails = mails();
    for (UserAccount hr : activeHr()) {
      outbox.send(mails.erasureStartedForHr(hr, r));
    }
  }

  private List<UserAccount> activeHr() {
    return em.createNamedQuery("UserAccount.findByRole", UserAccount.class).setParameter("role", Role.HR)
        .getResultList().stream().filter(u -> u.getStatus() == AccountStatus.ACTIVE).toList();
  }

  private long count(String jpql, long id) {
    return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
  }

  private CandidateMails mails() {
    return new CandidateMails(outbox.publicUrl(), clock.zone());
  }

  static String label(String key, String language) {
    return ResourceBundle.getBundle("mail.candidate-labels", Locale.forLanguageTag("en".equals(language) ? "en" : "fr"),
        CandidateRequestsDesk.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }
}
