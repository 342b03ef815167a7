package com.genuka.privacy.erasure.control;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.erasure.control.ResidueScanner.Report;
import com.genuka.privacy.erasure.control.ResidueScanner.Verdict;
import com.genuka.privacy.erasure.entity.ErasureJob;
import com.genuka.privacy.erasure.entity.ErasureNotice;
import com.genuka.privacy.erasure.entity.ErasureStep;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.JobStatus;
import com.genuka.privacy.erasure.entity.StepOutcome;
import com.genuka.privacy.erasure.entity.StepStatus;
import com.genuka.privacy.export.control.ExportJobs;
import com.genuka.privacy.export.control.ExportStorage;
import com.genuka.privacy.export.control.SchemaCatalogue;
import com.genuka.privacy.export.control.Texts;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.registers.entity.SubProcessor;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.DeletionCause;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.Tombstone;
import com.genuka.privacy.tenants.entity.Tenant;
import com.genuka.privacy.tenants.entity.TenantStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The steps of erasure jobs, each batch in a transaction of its own that also records what it did:
 * a step is marked done in the transaction of its last batch, and its tombstone (R-T7) written
 * with it, so a job stopped at any point, even by a server dying, resumes at the first step not
 * done and never redoes or loses a step's record. Deletions are set-based and batched ({@code
 * DELETE … WHERE id IN (SELECT … LIMIT n)}); nothing is loaded row by row to be deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ErasureJobs {

  /** How long a claim lasts without news from the server running the job. */
  public static final Duration LEASE = Duration.ofSeconds(30);
  static final int BATCH = ErasureStatements.BATCH;
  private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");


  /** Tables whose rows the named steps handle; {@code LINKED} deletes those of any other table tied to the account. */
  static final Set<String> HANDLED = Set.of("user_role", "consent_record", "server_session", "session_recording",
      "event_registration", "invoice", "privacy_request", "request_event", "browser_log", "erasure_job");

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @Inject Outbox outbox;

  @Inject ExportStorage storage;

  @Inject EngineHooks hooks;

  @Inject Event<ErasureQueued> queued;

  @EJB RequestWorkflow workflow;

  @EJB RetentionCatalog retention;

  @EJB RegisterService registers;

  @EJB ExportJobs exports;

  /** The next step to run. */
  public record StepRef(long stepId, String code) {}

  /** What the checks outside a transaction need to know of a job. */
  public record JobInfo(long id, JobKind kind, long requestId, Long userId, Long tenantId, Contact contact) {}

  // --- queueing ---------------------------------------------------------------------------------

  public static JobKind kindFor(RequestType type) {
    return switch (type) {
      case ERASURE -> JobKind.SUBJECT;
      case TENANT_DELETION -> JobKind.TENANT;
      case RECORDING_DELETION -> JobKind.RECORDINGS;
      default -> null;
    };
  }

  /**
   * Plans the job a request needs, with every step written down before anything is erased. A
   * request that already has a job keeps it. {@code partitionTables} are the company's tables, read
   * from the catalogue by the caller.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long create(long requestId, Actor actor, List<String> partitionTables) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null) {
      throw new UserFacingException("engines.requestNotFound");
    }
    JobKind kind = kindFor(r.getType());
    if (kind == null) {
      throw new UserFacingException("engines.notAnErasure");
    }
    if (r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("engines.requestNotInProgress");
    }
    List<ErasureJob> existing = em.createNamedQuery("ErasureJob.findByRequest", ErasureJob.class)
        .setParameter("requestId", requestId).getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0).getId();
    }
    UserAccount account = r.getSubjectUserId() == null ? null : em.find(UserAccount.class, r.getSubjectUserId());
    Contact contact = contactOf(r, account);
    ErasureJob job = new ErasureJob(kind, requestId, r.getSubjectRef(), r.getLocale(), clock.now());
    switch (kind) {
      case SUBJECT -> {
        if (account != null && (account.hasRole(Role.ADMIN) || account.hasRole(Role.HR))) {
          throw new UserFacingException("engines.staffAccount");
        }
        job.setUserId(account == null ? null : account.getId());
        job.setCandidateId(r.getSubjectCandidateId());
        job.setTenantId(r.getTenantId());
        if (heldCandidates(job.getCandidateId() == null ? -1 : job.getCandidateId(), contact.emailKey()) > 0) {
          throw new UserFacingException("engines.candidateUnderHold");
        }
      }
      case TENANT -> {
        if (r.getTenantId() == null || account == null || !account.isTenantAdmin() || account.getTenant() == null
            || !account.getTenant().getId().equals(r.getTenantId())) {
          throw new UserFacingException("engines.tenantAdminOnly");
        }
        job.setTenantId(r.getTenantId());
      }
      case RECORDINGS -> {
        if (account == null) {
          throw new UserFacingException("engines.noAccount");
        }
        job.setUserId(account.getId());
        job.setTenantId(r.getTenantId());
      }
    }
    String[] sealed = contact.seal();
    job.setContact(sealed[0], sealed[1]);
    em.persist(job);
    em.flush();
    int seq = 0;
    for (ErasurePlan.Step s : ErasurePlan.of(kind, partitionTables)) {
      em.persist(new ErasureStep(job.getId(), ++seq * 10, s.code(), s.category(), s.outcome()));
    }
    audit.append(AuditEntry.of(actor, "ERASURE_QUEUED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("erasure_job", job.getId()).summary(kind + " erasure planned, " + seq + " steps, request " + r.getReference()));
    queued.fire(new ErasureQueued(job.getId()));
    return job.getId();
  }

  /** Runs a failed job again: every step once more (they are idempotent), from the first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void retry(long jobId, Actor actor) {
    ErasureJob job = em.find(ErasureJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null) {
      throw new UserFacingException("engines.jobNotFound");
    }
    if (job.getStatus() != JobStatus.FAILED) {
      throw new UserFacingException("engines.jobNotFailed");
    }
    PrivacyRequest r = em.find(PrivacyRequest.class, job.getRequestId());
    if (r == null || r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("engines.requestNotInProgress");
    }
    for (ErasureStep s : steps(jobId)) {
      s.reopen();
    }
    job.setStatus(JobStatus.QUEUED);
    job.setLastError(null);
    job.setLeaseOwner(null);
    job.setLeaseUntil(null);
    audit.append(AuditEntry.of(actor, "ERASURE_RETRIED").subject(job.getSubjectRef()).tenant(job.getTenantId())
        .target("erasure_job", jobId).summary(job.getKind() + " erasure run again"));
    queued.fire(new ErasureQueued(jobId));
  }

  // --- running ----------------------------------------------------------------------------------

  /** Jobs waiting for a server: queued, or running on a server that stopped giving news. */
  public List<Long> runnable() {
    return em.createNamedQuery("ErasureJob.findToRun", Long.class)
        .setParameter("statuses", EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING))
        .setParameter("now", clock.now()).getResultList();
  }

  /** Takes the job for this server; false when another server holds it or it is finished. */
  public boolean claim(long jobId, String owner) {
    Instant now = clock.now();
    int claimed = em.createQuery("UPDATE ErasureJob j SET j.status = :running, j.leaseOwner = :owner,"
            + " j.leaseUntil = :until, j.attempts = j.attempts + 1 WHERE j.id = :id AND j.status IN :statuses"
            + " AND (j.leaseUntil IS NULL OR j.leaseUntil < :now)")
        .setParameter("running", JobStatus.RUNNING).setParameter("owner", owner).setParameter("until", now.plus(LEASE))
        .setParameter("id", jobId).setParameter("statuses", EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING))
        .setParameter("now", now).executeUpdate();
    if (claimed == 1) {
      ErasureJob job = em.find(ErasureJob.class, jobId);
      em.refresh(job);
      if (job.getStartedAt() == null) {
        job.setStartedAt(now);
      }
      audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_RUN").subject(job.getSubjectRef()).tenant(job.getTenantId())
          .target("erasure_job", jobId).summary(job.getKind() + " erasure running, attempt " + job.getAttempts()));
    }
    return claimed == 1;
  }

  /** The first step not done, the lease renewed; null when every step is done. */
  public StepRef next(long jobId, String owner) {
    held(jobId, owner);
    return em.createNamedQuery("ErasureStep.findNextPending", ErasureStep.class).setParameter("jobId", jobId)
        .setMaxResults(1).getResultStream().findFirst().map(s -> new StepRef(s.getId(), s.getCode())).orElse(null);
  }

  /**
   * Does one batch of a step; true when the step is done (and recorded as such in this same
   * transaction). VERIFY and LINKED need the catalogue and are given their findings by the caller.
   */
  public boolean execute(long jobId, long stepId, String owner) {
    ErasureJob job = held(jobId, owner);
    ErasureStep step = em.find(ErasureStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
    if (step == null || step.getStatus() == StepStatus.DONE) {
      return true;
    }
    Instant now = clock.now();
    if (step.getStartedAt() == null) {
      step.setStartedAt(now);
    }
    if (hooks.isSkipped(step.getCode())) {
      step.setDetail("skipped by a test hook");
      step.markDone(now);
      return true;
    }
    Contact contact = Contact.open(job.getContactSealed(), job.getContactKey());
    long user = job.getUserId() == null ? -1 : job.getUserId();
    String email = contact.emailKey();
    String ref = job.getSubjectRef() == null ? "" : job.getSubjectRef();
    String code = step.getCode();
    int rows;
    boolean done;
    if (code.startsWith(ErasurePlan.TABLE_PREFIX)) {
      String table = code.substring(ErasurePlan.TABLE_PREFIX.length());
      if (!TABLE.matcher(table).matches()) {
        throw new StepFailed("unexpected table name " + table);
      }
      rows = native_(ErasureStatements.deleteBatch(table, "tenant_id = ?"), job.getTenantId());
      done = rows < BATCH;
    } else {
      long candidate = job.getCandidateId() == null ? -1 : job.getCandidateId();
      switch (code) {
        case "SESSIONS", "BROWSER_LOG", "RECORDINGS", "CONSENTS", "EVENTS", "MAIL" -> rows = batch(code, user, email, ref, candidate);
        case "CANDIDATE" -> {
          if (heldCandidates(candidate, email) > 0) {
            throw new StepFailed("the candidate file is under the employment legal hold (R-T2)");
          }
          rows = batch(code, user, email, ref, candidate);
        }
        case "INVOICES" -> rows = pseudonymiseInvoices(job, step, user, email);
        case "EXPORT_FILES" -> rows = deleteExportFiles(job);
        case "REQUESTS" -> rows = scrubRequests(job, user, ref, email);
        case "ACCOUNT" -> rows = job.getUserId() == null ? 0 : native_(ErasureStatements.DELETE_ACCOUNT, user);
        case "AUDIT_KEY" -> {
          audit.forgetSubjectKey(ref);
          rows = ((Number) em.createNativeQuery(ErasureStatements.COUNT_AUDIT_ROWS)
              .setParameter(1, ref).getSingleResult()).intValue();
        }
        case "TENANT_MARK" -> rows = markTenantDeleted(job, now);
        case ErasurePlan.COMPANY -> rows = closeCompanyLeftEmpty(job, step, now);
        case ErasurePlan.NOTICES -> rows = recordNotices(job, now);
        case ErasurePlan.RECEIPT -> rows = writeReceipt(job, now);
        case ErasurePlan.COMPLETE -> rows = complete(job, contact, now);
        default -> throw new StepFailed("no such step " + code);
      }
      done = rows < BATCH || !ErasureStatements.BATCHES.containsKey(code) && !"INVOICES".equals(code);
    }
    step.addRows(rows);
    if (done) {
      finishStep(job, step, now);
    }
    return done;
  }

  /** LINKED: rows of tables not known to the other steps that belong to the account, by foreign key. */
  public boolean executeLinked(long jobId, long stepId, String owner, List<SchemaCatalogue.Reference> refs) {
    ErasureJob job = held(jobId, owner);
    ErasureStep step = em.find(ErasureStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
    if (step == null || step.getStatus() == StepStatus.DONE) {
      return true;
    }
    Instant now = clock.now();
    if (hooks.isSkipped(step.getCode())) {
      step.markDone(now);
      return true;
    }
    long rows = 0;
    List<String> tables = new ArrayList<>();
    if (job.getUserId() != null) {
      for (SchemaCatalogue.Reference ref : refs) {
        if (HANDLED.contains(ref.table()) || !ref.column().equals("user_id")
            || !TABLE.matcher(ref.table()).matches()) {
          continue;
        }
        int n = native_("DELETE FROM " + ref.table() + " WHERE user_id = ?", job.getUserId());
        if (n > 0) {
          tables.add(ref.table() + " (" + n + ")");
          rows += n;
        }
      }
    }
    step.addRows(rows);
    step.setDetail(tables.isEmpty() ? null : String.join(", ", tables));
    finishStep(job, step, now);
    return true;
  }

  /**
   * VERIFY: the residue scan ran (outside this transaction, over the whole catalogue); residue
   * fails the job, which therefore never completes with identifying data left.
   */
  public void recordVerify(long jobId, long stepId, String owner, Report report, String check) {
    ErasureJob job = held(jobId, owner);
    ErasureStep step = em.find(ErasureStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
    if (step == null || step.getStatus() == StepStatus.DONE) {
      return;
    }
    if (check != null) {
      throw new StepFailed(check);
    }
    if (!report.clean()) {
      throw new StepFailed("residue found: " + report.residueSummary());
    }
    step.addRows(report.tables().size());
    step.setDetail("tables=" + report.tables().size() + ";textColumns=" + report.textColumns() + ";company="
        + report.count(Verdict.COMPANY_DATA) + ";legalHold=" + report.count(Verdict.LEGAL_HOLD));
    audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_VERIFIED").subject(job.getSubjectRef()).tenant(job.getTenantId())
        .target("erasure_job", jobId).summary("residue scan clean over " + report.tables().size() + " tables"));
    step.markDone(clock.now());
  }

  public JobInfo info(long jobId) {
    ErasureJob job = em.find(ErasureJob.class, jobId);
    return new JobInfo(job.getId(), job.getKind(), job.getRequestId(), job.getUserId(), job.getTenantId(),
        Contact.open(job.getContactSealed(), job.getContactKey()));
  }

  /** The job stops; the request stays open and its history says why. */
  public void fail(long jobId, String owner, String reason) {
    ErasureJob job = em.find(ErasureJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || owner != null && !owner.equals(job.getLeaseOwner())) {
      return;
    }
    String why = reason == null ? "unknown" : reason.length() > 1900 ? reason.substring(0, 1900) : reason;
    job.setStatus(JobStatus.FAILED);
    job.setLastError(why);
    job.setLeaseOwner(null);
    job.setLeaseUntil(null);
    job.setFinishedAt(clock.now());
    audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_FAILED").subject(job.getSubjectRef()).tenant(job.getTenantId())
        .target("erasure_job", jobId).summary(job.getKind() + " erasure stopped: " + why));
    workflow.failBySystem(job.getRequestId(), "erasure stopped: " + why);
  }

  /** Gives the job back without failing it (the server is stopping): the next start resumes it. */
  public void release(long jobId, String owner) {
    em.createQuery("UPDATE ErasureJob j SET j.leaseUntil = NULL, j.leaseOwner = NULL WHERE j.id = :id AND j.leaseOwner = :owner")
        .setParameter("id", jobId).setParameter("owner", owner).executeUpdate();
  }

  /**
   * Mails about an erased person leave the outbox once delivered (or given up): until then the
   * outbox holds their address, as it must to deliver the receipt.
   */
  public int scrubDeliveredMail() {
    Instant now = clock.now();
    int removed = 0;
    for (ErasureJob job : em.createNamedQuery("ErasureJob.findScrubbing", ErasureJob.class).getResultList()) {
      removed += em.createNativeQuery(ErasureStatements.DELETE_DELIVERED_MAIL)
          .setParameter(1, job.getSubjectRef()).setParameter(2, job.getRequestId()).executeUpdate();
      long left = ((Number) em.createNativeQuery(ErasureStatements.COUNT_MAIL_LEFT).setParameter(1, job.getSubjectRef())
          .setParameter(2, job.getRequestId()).getSingleResult()).longValue();
      if (left == 0 || now.isAfter(job.getScrubMailUntil())) {
        job.setScrubMailUntil(null);
      }
    }
    return removed;
  }

  // --- the steps ----------------------------------------------------------------------------------

  private int batch(String step, long user, String email, String ref, long candidate) {
    return bind(em.createNativeQuery(ErasureStatements.BATCHES.get(step).sql()),
        ErasureStatements.params(step, user, email, ref, candidate)).executeUpdate();
  }

  private long heldCandidates(long candidate, String email) {
    return ((Number) em.createNativeQuery(ErasureStatements.HELD_CANDIDATES)
        .setParameter(1, candidate).setParameter(2, email).setParameter(3, email).getSingleResult()).longValue();
  }

  /**
   * C7: invoices stay under their legal hold with the person's name, e-mail and address replaced
   * by a pseudonym and the link to the account cut.
   */
  private int pseudonymiseInvoices(ErasureJob job, ErasureStep step, long user, String email) {
    Object[] params = {user, email, email};
    Object until = bind(em.createNativeQuery(ErasureStatements.INVOICES_HOLD_UNTIL), params).getSingleResult();
    Object from = bind(em.createNativeQuery(ErasureStatements.INVOICES_HOLD_FROM), params).getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object> countries = bind(em.createNativeQuery(ErasureStatements.INVOICES_COUNTRIES), params).getResultList();
    String pseudonym = ErasurePlan.pseudonym(job.getSubjectRef() == null ? String.valueOf(job.getId()) : job.getSubjectRef());
    int rows = bind(em.createNativeQuery(ErasureStatements.INVOICES_PSEUDONYMISE),
        pseudonym, pseudonym + "@pseudonymised.invalid", user, email, email).executeUpdate();
    LocalDate holdUntil = until == null ? null : until instanceof Date d ? d.toLocalDate() : LocalDate.parse(until.toString());
    if (holdUntil != null && (step.getKeptUntil() == null || holdUntil.isAfter(step.getKeptUntil()))) {
      step.setKeptUntil(holdUntil);
    }
    LocalDate holdFrom = from == null ? null : from instanceof Date d ? d.toLocalDate() : LocalDate.parse(from.toString());
    if (holdFrom != null && (step.getKeptFrom() == null || holdFrom.isBefore(step.getKeptFrom()))) {
      step.setKeptFrom(holdFrom);
    }
    Set<String> all = new TreeSet<>();
    if (step.getDetail() != null) {
      all.addAll(List.of(step.getDetail().split(",")));
    }
    countries.forEach(c -> all.add(c.toString().strip()));
    step.setDetail(all.isEmpty() ? null : String.join(",", all));
    return rows;
  }

  /** Copies of the person's data generated earlier (access copies) go too, files and links. */
  private int deleteExportFiles(ErasureJob job) {
    List<ExportFile> files;
    if (job.getKind() == JobKind.TENANT) {
      files = em.createQuery("SELECT f FROM ExportFile f WHERE f.kind = :tenant AND f.requestId IN"
              + " (SELECT r.id FROM PrivacyRequest r WHERE r.tenantId = :tenantId)", ExportFile.class)
          .setParameter("tenant", ExportFile.Kind.TENANT).setParameter("tenantId", job.getTenantId()).getResultList();
    } else {
      Contact c = Contact.open(job.getContactSealed(), job.getContactKey());
      @SuppressWarnings("unchecked")
      List<Object> ids = bind(em.createNativeQuery(ErasureStatements.SUBJECT_REQUESTS), job.getUserId() == null ? -1 : job.getUserId(),
          job.getSubjectRef(), c.emailKey(), c.emailKey()).getResultList();
      List<Long> requestIds = ids.stream().map(o -> ((Number) o).longValue()).toList();
      files = requestIds.isEmpty() ? List.of() : em.createQuery("SELECT f FROM ExportFile f WHERE f.requestId IN :ids"
              + " AND NOT (f.requestId = :current AND f.kind = :receipt)", ExportFile.class)
          .setParameter("ids", requestIds).setParameter("current", job.getRequestId())
          .setParameter("receipt", ExportFile.Kind.RECEIPT).getResultList();
    }
    int rows = 0;
    for (ExportFile f : files) {
      if (f.getStoragePath() != null || f.getStatus() != ExportFile.Status.EXPIRED) {
        storage.delete(f.getStoragePath());
        f.setStoragePath(null);
        f.setStatus(ExportFile.Status.EXPIRED);
        rows++;
      }
    }
    if (!files.isEmpty()) {
      native_("DELETE FROM access_token WHERE purpose = 'EXPORT_DOWNLOAD' AND request_id IN ("
          + String.join(",", files.stream().map(f -> f.getRequestId().toString()).distinct().toList()) + ")");
    }
    return rows;
  }

  /**
   * The person's requests stay as the proof they were handled, without their contact details,
   * their messages or the notes written about them. The request being carried out keeps its
   * contact details until the job completes: the completion and receipt e-mails need them. Every
   * other request of theirs still open is closed in this same transaction (folded into the erasure,
   * or closed with the reason), its engine stopped: none stays in the queue with no one to answer,
   * draws reminders, or has a copy made that nobody could receive.
   */
  private int scrubRequests(ErasureJob job, long user, String ref, String email) {
    Object[] subject = {user, ref, email, email};
    int rows = bind(em.createNativeQuery(ErasureStatements.SCRUB_OTHER_REQUESTS), user, ref, email, email,
        job.getRequestId()).executeUpdate();
    native_(ErasureStatements.SCRUB_CURRENT_DETAILS, job.getRequestId());
    bind(em.createNativeQuery(ErasureStatements.SCRUB_NOTES), subject).executeUpdate();
    bind(em.createNativeQuery(ErasureStatements.DELETE_TOKENS), user, ref, email, email, job.getRequestId()).executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object> open = bind(em.createNativeQuery(ErasureStatements.OPEN_OTHER_REQUESTS), user, ref, email, email,
        job.getRequestId()).getResultList();
    String reference = em.find(PrivacyRequest.class, job.getRequestId()).getReference();
    for (Object o : open) {
      long other = ((Number) o).longValue();
      stopEnginesOf(other, reference);
      workflow.closeForErasure(other, reference);
    }
    return rows + 1;
  }

  /** Another request's engine work stops: its erasure job fails with the reason, its copies go. */
  private void stopEnginesOf(long requestId, String erasureReference) {
    for (ErasureJob other : em.createNamedQuery("ErasureJob.findByRequest", ErasureJob.class)
        .setParameter("requestId", requestId).getResultList()) {
      em.lock(other, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(other);
      if (other.getStatus() == JobStatus.QUEUED || other.getStatus() == JobStatus.RUNNING) {
        other.setStatus(JobStatus.FAILED);
        other.setLastError("request closed: carried out by erasure " + erasureReference);
        other.setLeaseOwner(null);
        other.setLeaseUntil(null);
        other.setFinishedAt(clock.now());
      }
    }
    // in this transaction (ExportJobs.filesOf would read them in one of its own)
    for (ExportFile f : em.createNamedQuery("ExportFile.findByRequest", ExportFile.class)
        .setParameter("requestId", requestId).getResultList()) {
      if (f.getKind() != ExportFile.Kind.RECEIPT && f.getStatus() != ExportFile.Status.EXPIRED) {
        storage.delete(f.getStoragePath());
        f.setStoragePath(null);
        f.setStatus(ExportFile.Status.EXPIRED);
        f.setLeaseOwner(null);
        f.setLeaseUntil(null);
      }
    }
  }

  /**
   * What the person is told of their other requests the erasure closed, in their language: those
   * it carried out, and those closed because nothing is left to copy, correct or send them.
   */
  private String closedRequestsNote(PrivacyRequest r) {
    List<PrivacyRequest> closed = em.createQuery("SELECT p FROM PrivacyRequest p WHERE p.id IN"
            + " (SELECT e.requestId FROM RequestEvent e WHERE e.note IN :notes) ORDER BY p.id", PrivacyRequest.class)
        .setParameter("notes", List.of(RequestWorkflow.FOLDED_NOTE + r.getReference(),
            RequestWorkflow.CLOSED_NOTE + r.getReference()))
        .getResultList();
    List<String> folded = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (PrivacyRequest p : closed) {
      String line = p.getReference() + " (" + RequestMails.label("type." + p.getType().name(), r.getLocale()) + ")";
      (p.getStatus() == RequestStatus.COMPLETED ? folded : others).add(line);
    }
    Texts texts = Texts.of(r.getLocale());
    StringBuilder note = new StringBuilder();
    if (!folded.isEmpty()) {
      note.append("\n\n").append(texts.get("mail.foldedRequests", String.join(", ", folded)));
    }
    if (!others.isEmpty()) {
      note.append("\n\n").append(texts.get("mail.closedRequests", String.join(", ", others)));
    }
    return note.toString();
  }

  private int markTenantDeleted(ErasureJob job, Instant now) {
    Tenant t = em.find(Tenant.class, job.getTenantId(), LockModeType.PESSIMISTIC_WRITE);
    if (t == null) {
      return 0;
    }
    t.setStatus(TenantStatus.DELETED);
    if (t.getDeletedAt() == null) {
      t.setDeletedAt(now);
    }
    return 1;
  }

  /**
   * The erased customer's company (issue 10): when no account is left in it, nobody subscribes to
   * its services any more, so it is closed, like a deleted account: its database goes by the
   * CLOSED_COMPANY rule, and its invoices stay only for their legal hold, the company's name (often
   * the person's) replaced by a pseudonym on them and on the company's record. The step's detail
   * tells the receipt what became of the company; a company with other accounts stays open.
   */
  private int closeCompanyLeftEmpty(ErasureJob job, ErasureStep step, Instant now) {
    if (job.getTenantId() == null) {
      return 0;
    }
    Tenant t = em.find(Tenant.class, job.getTenantId(), LockModeType.PESSIMISTIC_WRITE);
    if (t == null || t.getStatus() == TenantStatus.DELETED) {
      return 0;
    }
    long members = count("SELECT COUNT(*) FROM user_account WHERE tenant_id = ?", t.getId());
    if (members > 0) {
      step.setDetail("open;members=" + members);
      return 0;
    }
    if (t.getStatus() == TenantStatus.ACTIVE) {
      t.setStatus(TenantStatus.CLOSED);
      t.setClosedAt(now);
    }
    String pseudonym = "company-" + Hashing.sha256Hex("company:" + t.getId()).substring(0, 16);
    t.setName(pseudonym);
    native_("UPDATE invoice SET billing_company = ? WHERE tenant_id = ?", pseudonym, t.getId());
    long content = count("SELECT " + com.genuka.privacy.retention.control.CompanyContent.count("?"), t.getId(),
        t.getId(), t.getId());
    long invoices = count("SELECT COUNT(*) FROM invoice WHERE tenant_id = ?", t.getId());
    Object hold = em.createNativeQuery("SELECT MAX(legal_hold_until) FROM invoice WHERE tenant_id = ?")
        .setParameter(1, t.getId()).getSingleResult();
    step.setKeptUntil(hold == null ? null : hold instanceof Date d ? d.toLocalDate() : LocalDate.parse(hold.toString()));
    RetentionRule rule = retention.rule("CLOSED_COMPANY");
    LocalDate deleteOn = rule.getUnit().plus(LocalDate.ofInstant(t.getClosedAt(), clock.zone()), rule.getAmount());
    step.setDetail("closed;records=" + content + ";invoices=" + invoices + ";deleteOn=" + deleteOn);
    audit.append(AuditEntry.of(Actor.SYSTEM, "COMPANY_CLOSED").subject(job.getSubjectRef()).tenant(t.getId())
        .target("tenant", t.getId()).summary("company left without any account by an erasure: closed, database due on "
            + deleteOn + ", " + invoices + " invoice(s) kept under their legal hold"));
    return 1;
  }

  private long count(String sql, Object... params) {
    return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
  }

  /**
   * GDPR art. 19: a notice for each provider of the register that receives a category the job
   * erased data of, and the backup providers (C6), whose copies hold the data until they expire. A
   * payment processor held the person's data only if one of their invoices went through it: a
   * person who never paid (a candidate, a visitor) is not said to have been known to any. Media
   * storage held a company's data only if the company had media.
   */
  private int recordNotices(ErasureJob job, Instant now) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> tablesErased = new java.util.HashSet<>();
    for (ErasureStep s : steps(job.getId())) {
      if (s.getCategory() != null && s.getRowsAffected() > 0 && !ErasurePlan.NOTICES.equals(s.getCode())) {
        categories.add(s.getCategory());
        if (s.getCode().startsWith(ErasurePlan.TABLE_PREFIX)) {
          tablesErased.add(s.getCode().substring(ErasurePlan.TABLE_PREFIX.length()));
        }
      }
    }
    if (!categories.isEmpty()) {
      categories.add("C6");
    }
    Set<Long> already = new java.util.HashSet<>(em.createQuery(
        "SELECT n.subProcessorId FROM ErasureNotice n WHERE n.jobId = :jobId", Long.class)
        .setParameter("jobId", job.getId()).getResultList());
    List<String> paidThrough = job.getKind() == JobKind.SUBJECT ? paymentProcessorsOf(job) : List.of();
    int rows = 0;
    for (SubProcessor p : registers.subProcessors()) {
      List<String> shared = p.getCategoryList().stream().filter(categories::contains).toList();
      boolean held = p.reached(paidThrough) && (p.getHeldTable() == null || tablesErased.contains(p.getHeldTable()));
      if (shared.isEmpty() || already.contains(p.getId()) || !held) {
        continue;
      }
      em.persist(new ErasureNotice(job.getId(), p.getId(), p.getName(), p.location(java.util.Locale.FRENCH),
          p.location(java.util.Locale.ENGLISH), String.join(",", shared), now));
      audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_NOTICE_RECORDED").subject(job.getSubjectRef())
          .tenant(job.getTenantId()).target("sub_processor", p.getId())
          .summary("art. 19 notice to " + p.getName() + " for " + String.join(",", shared)));
      rows++;
    }
    return rows;
  }

  /**
   * The payment processors the person's invoices went through ({@code invoice.payment_processor}),
   * found after the INVOICES step too: by the pseudonym it gave them, or still by account or e-mail.
   */
  private List<String> paymentProcessorsOf(ErasureJob job) {
    Contact contact = Contact.open(job.getContactSealed(), job.getContactKey());
    String pseudonym = ErasurePlan.pseudonym(job.getSubjectRef() == null ? String.valueOf(job.getId()) : job.getSubjectRef());
    @SuppressWarnings("unchecked")
    List<Object> used = bind(em.createNativeQuery(ErasureStatements.PAYMENT_PROCESSORS), pseudonym + "@pseudonymised.invalid",
        job.getUserId() == null ? -1 : job.getUserId(), contact.emailKey(), contact.emailKey()).getResultList();
    return used.stream().map(String::valueOf).toList();
  }

  /** The receipt as a downloadable HTML file, kept as an export file of the request (R-T9). */
  private int writeReceipt(ErasureJob job, Instant now) {
    PrivacyRequest r = em.find(PrivacyRequest.class, job.getRequestId());
    Receipt receipt = receipt(job, r, now);
    if (job.getReceiptFileId() != null) {
      ExportFile old = em.find(ExportFile.class, job.getReceiptFileId());
      if (old != null) {
        storage.delete(old.getStoragePath());
        old.setStoragePath(null);
        old.setStatus(ExportFile.Status.EXPIRED);
      }
    }
    Path part = storage.newPart(".html");
    try {
      byte[] html = receipt.html().getBytes(StandardCharsets.UTF_8);
      Files.write(part, html);
      Path file = storage.publish(part);
      ExportFile f = new ExportFile(r.getId(), ExportFile.Kind.RECEIPT, now);
      f.setStatus(ExportFile.Status.READY);
      f.setStoragePath(file.toString());
      f.setSizeBytes((long) html.length);
      f.setSha256(Hashing.sha256Hex(html));
      f.setDownloadKey(Hashing.newToken());
      f.setFileName("genuka-receipt-" + r.getReference() + ".html");
      f.setContentType("text/html; charset=UTF-8");
      f.setProgressPct(100);
      f.setReadyAt(now);
      f.setExpiresAt(exports.expiry(now));
      em.persist(f);
      em.flush();
      job.setReceiptFileId(f.getId());
      return 1;
    } catch (IOException e) {
      storage.deleteQuietly(part);
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last step: the receipt e-mailed with a single-use link, the request completed, and the
   * job forgets the person (contact details, account and candidate ids). The request's own
   * contact details go last, once the completion e-mail is queued.
   */
  private int complete(ErasureJob job, Contact contact, Instant now) {
    PrivacyRequest r = em.find(PrivacyRequest.class, job.getRequestId(), LockModeType.PESSIMISTIC_WRITE);
    Receipt receipt = receipt(job, r, now);
    ExportFile file = job.getReceiptFileId() == null ? null : em.find(ExportFile.class, job.getReceiptFileId());
    String email = contact.email() != null ? contact.email() : r.getSubjectEmail();
    if (email != null && file != null) {
      String token = exports.newDownloadToken(r.getId(), now, file.getExpiresAt());
      outbox.send(exports.downloadMail("erasure-receipt", r, email, file, token)
          .param("name", contact.name() == null ? "" : contact.name())
          .param("receipt", receipt.text().strip()));
    }
    String note = switch (job.getKind()) {
      case SUBJECT -> "erasureNote";
      case TENANT -> "tenantDeletionNote";
      case RECORDINGS -> "recordingsNote";
    };
    String closedNote = job.getKind() == JobKind.SUBJECT ? closedRequestsNote(r) : "";
    workflow.completeBySystem(r.getId(), ExportJobs.engineLabel(note, r.getLocale()) + closedNote);
    if (job.getKind() == JobKind.SUBJECT) {
      r.setSubjectEmail(null);
      r.setSubjectName(null);
      r.setDetails(null);
      job.setUserId(null);
      job.setCandidateId(null);
      // Long enough for the outbox to deliver or give up even through a long mail-server outage.
      job.setScrubMailUntil(now.plus(Duration.ofDays(90)));
    }
    job.setContact(null, null);
    job.setStatus(JobStatus.SUCCEEDED);
    job.setFinishedAt(now);
    job.setLeaseOwner(null);
    job.setLeaseUntil(null);
    audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_COMPLETED").subject(job.getSubjectRef()).tenant(job.getTenantId())
        .target("erasure_job", job.getId()).summary(job.getKind() + " erasure completed, request " + r.getReference()));
    return 1;
  }

  Receipt receipt(ErasureJob job, PrivacyRequest r, Instant now) {
    List<Receipt.Line> lines = new ArrayList<>();
    long company = 0;
    for (ErasureStep s : steps(job.getId())) {
      lines.add(new Receipt.Line(s.getCode(), s.getOutcome(), s.getRowsAffected(), s.getKeptUntil(), s.getDetail(),
          s.getKeptFrom(), s.getKeptUntil() == null ? null : leavesBackupsOn(s.getKeptUntil())));
      if (ErasurePlan.VERIFY.equals(s.getCode()) && s.getDetail() != null) {
        for (String part : s.getDetail().split(";")) {
          if (part.startsWith("company=")) {
            company = Long.parseLong(part.substring("company=".length()));
          }
        }
      }
    }
    List<Receipt.Notice> notices = em.createNamedQuery("ErasureNotice.findByJob", ErasureNotice.class)
        .setParameter("jobId", job.getId()).getResultList().stream()
        .map(n -> new Receipt.Notice(n.getSubProcessorName(), n.location(java.util.Locale.forLanguageTag(job.getLocale())),
            n.getCategories(), n.getRecordedAt()))
        .toList();
    Map<String, String> bases = new HashMap<>();
    for (LegalPeriod p : registers.legalPeriods()) {
      if (p.getKind() == LegalPeriodKind.BILLING) {
        bases.put(p.getCountry(), p.legalBasis(java.util.Locale.forLanguageTag(job.getLocale())));
      }
    }
    String companyName = null;
    if (job.getKind() == JobKind.TENANT) {
      Tenant t = em.find(Tenant.class, job.getTenantId());
      companyName = t == null ? null : t.getName();
    }
    return new Receipt(Texts.of(job.getLocale()), new Receipt.Data(job.getKind(), r.getReference(), r.getReceivedAt(),
        now, companyName, lines, notices, leavesBackupsOn(), bases, company, clock.zone()));
  }

  private void finishStep(ErasureJob job, ErasureStep step, Instant now) {
    if (step.getPassRows() > 0 && step.getCategory() != null
        && (step.getOutcome() == StepOutcome.ERASED || step.getOutcome() == StepOutcome.PSEUDONYMISED)) {
      PrivacyRequest r = em.find(PrivacyRequest.class, job.getRequestId());
      em.persist(new Tombstone(step.getCategory(), null,
          "request " + r.getReference() + ": " + step.getCode().toLowerCase(java.util.Locale.ROOT)
              + (step.getOutcome() == StepOutcome.PSEUDONYMISED ? " pseudonymised" : " erased"),
          (int) Math.min(Integer.MAX_VALUE, step.getPassRows()), DeletionCause.REQUEST, job.getSubjectRef(),
          job.getTenantId(), job.getRequestId(), now, leavesBackupsOn()));
    }
    if (!ErasurePlan.COMPLETE.equals(step.getCode())) {
      audit.append(AuditEntry.of(Actor.SYSTEM, "ERASURE_STEP").subject(job.getSubjectRef()).tenant(job.getTenantId())
          .target("erasure_job", job.getId())
          .summary(step.getCode() + ": " + step.getPassRows() + " " + step.getOutcome().name().toLowerCase(java.util.Locale.ROOT)));
    }
    step.markDone(now);
  }

  /** R-T7: deleted today, gone from the backups once the BACKUP rule's period has passed. */
  LocalDate leavesBackupsOn() {
    return leavesBackupsOn(clock.today());
  }

  /** R-T7: data deleted on {@code day} is gone from the backups once the BACKUP rule's period has passed. */
  LocalDate leavesBackupsOn(LocalDate day) {
    RetentionRule backup = retention.rule("BACKUP");
    return backup.getUnit().plus(day, backup.getAmount());
  }

  // --- helpers ------------------------------------------------------------------------------------

  private ErasureJob held(long jobId, String owner) {
    ErasureJob job = em.find(ErasureJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || !owner.equals(job.getLeaseOwner()) || job.getStatus() != JobStatus.RUNNING) {
      throw new LeaseLost(jobId);
    }
    job.setLeaseUntil(clock.now().plus(LEASE));
    return job;
  }

  public List<ErasureStep> steps(long jobId) {
    return em.createNamedQuery("ErasureStep.findByJob", ErasureStep.class).setParameter("jobId", jobId).getResultList();
  }

  private Contact contactOf(PrivacyRequest r, UserAccount account) {
    if (account != null) {
      return new Contact(account.getEmail(), account.getFullName(), account.getPhone());
    }
    if (r.getSubjectCandidateId() != null) {
      Candidate c = em.find(Candidate.class, r.getSubjectCandidateId());
      if (c != null) {
        return new Contact(c.getEmail(), c.getFullName(), c.getPhone());
      }
    }
    return new Contact(r.getSubjectEmail(), r.getSubjectName(), null);
  }

  private int native_(String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params).executeUpdate();
  }

  private static Query bind(Query q, Object... params) {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      q.setParameter(i + 1, v instanceof Instant instant ? Timestamp.from(instant) : v);
    }
    return q;
  }
}
