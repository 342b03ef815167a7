package com.genuka.privacy.export.control;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.JobStatus;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.export.entity.ExportFile.Kind;
import com.genuka.privacy.export.entity.ExportFile.Status;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import com.genuka.privacy.requests.entity.TokenPurpose;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.tenants.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The life of an export file, each change in a transaction of its own: queued for an approved
 * request, claimed by a server (a lease that a dead server's successor may take over), its progress,
 * then ready (a single-use download link e-mailed, the request completed) or failed (the request
 * stays open and says why). At the end of its life (R-T9) its links answer "expired" at once, and
 * the retention engine's EXPORT_FILE sweep deletes it with a tombstone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportJobs {

  /** How long a claim lasts without news from the server writing the file. */
  public static final Duration LEASE = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @Inject Outbox outbox;

  @Inject ExportStorage storage;

  @EJB RetentionCatalog retention;

  @EJB RequestWorkflow workflow;

  @Inject Event<ExportQueued> queued;

  /**
   * Queues the file a request needs: a person's copy for access and portability, the company's
   * database for a tenant export. A request that already has a live file keeps it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long queue(long requestId, Actor actor) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null) {
      throw new UserFacingException("engines.requestNotFound");
    }
    Kind kind = kindFor(r.getType());
    if (kind == null) {
      throw new UserFacingException("engines.notAnExport");
    }
    if (r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("engines.requestNotInProgress");
    }
    if (kind == Kind.TENANT) {
      UserAccount requester = r.getSubjectUserId() == null ? null : em.find(UserAccount.class, r.getSubjectUserId());
      if (r.getTenantId() == null || requester == null || !requester.isTenantAdmin() || requester.getTenant() == null
          || !requester.getTenant().getId().equals(r.getTenantId())) {
        throw new UserFacingException("engines.tenantAdminOnly");
      }
    }
    String unreachable = unreachable(r);
    if (unreachable != null) {
      throw new UserFacingException(unreachable);
    }
    for (ExportFile f : filesOf(requestId)) {
      if (f.getKind() == kind && EnumSet.of(Status.QUEUED, Status.RUNNING).contains(f.getStatus())) {
        return f.getId();
      }
      if (f.getKind() == kind && f.getStatus() == Status.READY && !f.isExpired(clock.now())) {
        return f.getId();
      }
    }
    Instant now = clock.now();
    ExportFile f = new ExportFile(requestId, kind, now);
    f.setDownloadKey(Hashing.newToken());
    f.setFileName((kind == Kind.TENANT ? "genuka-database-" : "genuka-my-data-") + r.getReference() + ".zip");
    f.setContentType("application/zip");
    em.persist(f);
    em.flush();
    audit.append(AuditEntry.of(actor, "EXPORT_QUEUED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(kind + " export queued for request " + r.getReference()));
    queued.fire(new ExportQueued(f.getId()));
    return f.getId();
  }

  /** Queues the file again after a failure (admin action). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void requeue(long fileId, Actor actor) {
    ExportFile f = em.find(ExportFile.class, fileId);
    if (f == null || f.getKind() == Kind.RECEIPT) {
      throw new UserFacingException("engines.exportNotFound");
    }
    if (f.getStatus() != Status.FAILED) {
      throw new UserFacingException("engines.exportNotFailed");
    }
    PrivacyRequest r = em.find(PrivacyRequest.class, f.getRequestId());
    if (r == null || r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("engines.requestNotInProgress");
    }
    f.setStatus(Status.QUEUED);
    f.setError(null);
    f.setProgressPct(0);
    f.setLeaseOwner(null);
    f.setLeaseUntil(null);
    audit.append(AuditEntry.of(actor, "EXPORT_RETRIED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(f.getKind() + " export queued again"));
    queued.fire(new ExportQueued(f.getId()));
  }

  public static Kind kindFor(RequestType type) {
    return switch (type) {
      case ACCESS, PORTABILITY -> Kind.SUBJECT;
      case TENANT_EXPORT -> Kind.TENANT;
      default -> null;
    };
  }

  /** Files waiting for a server: queued, or claimed by a server that stopped giving news. */
  public List<Long> runnable() {
    return em.createNamedQuery("ExportFile.findToRun", Long.class)
        .setParameter("statuses", EnumSet.of(Status.QUEUED, Status.RUNNING))
        .setParameter("now", clock.now())
        .getResultList();
  }

  /** Takes the file for this server; null when another server holds it or it needs no work. */
  public ExportTask claim(long fileId, String owner) {
    Instant now = clock.now();
    int claimed = em.createQuery("UPDATE ExportFile f SET f.status = :running, f.leaseOwner = :owner,"
            + " f.leaseUntil = :until, f.attempts = f.attempts + 1, f.progressPct = 0, f.rowsDone = 0, f.error = NULL,"
            + " f.startedAt = :now"
            + " WHERE f.id = :id AND f.status IN :statuses AND (f.leaseUntil IS NULL OR f.leaseUntil < :now)")
        .setParameter("running", Status.RUNNING).setParameter("owner", owner).setParameter("until", now.plus(LEASE))
        .setParameter("id", fileId).setParameter("statuses", EnumSet.of(Status.QUEUED, Status.RUNNING))
        .setParameter("now", now)
        .executeUpdate();
    if (claimed == 0) {
      return null;
    }
    ExportFile f = em.find(ExportFile.class, fileId);
    em.refresh(f);
    PrivacyRequest r = em.find(PrivacyRequest.class, f.getRequestId());
    if (f.getStoragePath() != null) {
      // A file left by a run that died: it is written again from the start.
      storage.delete(f.getStoragePath());
      f.setStoragePath(null);
    }
    if (!stillWanted(f, r)) {
      return null;
    }
    String email = r.getSubjectEmail();
    Long tenantId = r.getTenantId();
    String company = null;
    if (r.getSubjectUserId() != null) {
      UserAccount u = em.find(UserAccount.class, r.getSubjectUserId());
      if (u != null) {
        email = u.getEmail();
      }
    }
    if (tenantId != null) {
      Tenant t = em.find(Tenant.class, tenantId);
      company = t == null ? null : t.getName();
    }
    return new ExportTask(f.getId(), f.getKind(), r.getId(), r.getReference(), r.getLocale(),
        new ExportSubject(r.getSubjectUserId(), r.getSubjectCandidateId(), r.getSubjectRef(), email, held()),
        tenantId, company);
  }

  /** What the retention rules still hold today: rows past their deletion day are not copied as kept. */
  private ExportSubject.Held held() {
    java.time.LocalDate today = clock.today();
    return new ExportSubject.Held(cutoff("BROWSER_LOG", today), cutoff("SESSION_IDLE", today),
        cutoff("SESSION_MAX", today), cutoff("RECORDING", today), today);
  }

  private Instant cutoff(String ruleCode, java.time.LocalDate today) {
    com.genuka.privacy.retention.entity.RetentionRule rule = retention.rule(ruleCode);
    return com.genuka.privacy.retention.control.RetentionCalendar.cutoff(today, rule.getAmount(), rule.getUnit(),
        clock.zone());
  }

  /** Records progress and renews the lease; false when this server no longer holds the file. */
  public boolean progress(long fileId, String owner, long done, long total) {
    int pct = total <= 0 ? 99 : (int) Math.min(99, done * 100 / total);
    return em.createQuery("UPDATE ExportFile f SET f.rowsDone = :done, f.rowsTotal = :total, f.progressPct = :pct,"
            + " f.leaseUntil = :until WHERE f.id = :id AND f.leaseOwner = :owner"
            + " AND f.status = com.genuka.privacy.export.entity.ExportFile.Status.RUNNING")
        .setParameter("done", done).setParameter("total", total).setParameter("pct", pct)
        .setParameter("until", clock.now().plus(LEASE)).setParameter("id", fileId).setParameter("owner", owner)
        .executeUpdate() == 1;
  }

  /**
   * The file is written: it becomes downloadable until the R-T9 period ends, the subject gets a
   * single-use link by e-mail, and the request is completed.
   */
  public void ready(long fileId, String owner, String storagePath, long size, String sha256) {
    ExportFile f = em.find(ExportFile.class, fileId);
    if (f == null || !owner.equals(f.getLeaseOwner()) || f.getStatus() != Status.RUNNING) {
      storage.delete(storagePath);
      return;
    }
    if (!stillWanted(f, em.find(PrivacyRequest.class, f.getRequestId()))) {
      // closed, or its person can no longer receive it while it was written: the copy must not exist
      storage.delete(storagePath);
      return;
    }
    Instant now = clock.now();
    f.setStatus(Status.READY);
    f.setStoragePath(storagePath);
    f.setSizeBytes(size);
    f.setSha256(sha256);
    f.setProgressPct(100);
    f.setRowsDone(f.getRowsTotal());
    f.setReadyAt(now);
    f.setExpiresAt(expiry(now));
    f.setLeaseOwner(null);
    f.setLeaseUntil(null);
    PrivacyRequest r = em.find(PrivacyRequest.class, f.getRequestId());
    audit.append(AuditEntry.of(Actor.SYSTEM, "EXPORT_READY").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(f.getKind() + " export ready, " + size + " bytes, expires " + f.getExpiresAt()));
    // stillWanted() made sure there is someone to send it to
    String email = recipient(r);
    String token = newDownloadToken(r.getId(), now, f.getExpiresAt());
    outbox.send(downloadMail("export-ready", r, email, f, token));
    workflow.completeBySystem(r.getId(), engineLabel("exportReadyNote", r.getLocale()));
  }

  public void failed(long fileId, String owner, String error) {
    ExportFile f = em.find(ExportFile.class, fileId);
    if (f == null || owner != null && !owner.equals(f.getLeaseOwner())) {
      return;
    }
    f.setStatus(Status.FAILED);
    f.setError(error.length() > 2000 ? error.substring(0, 2000) : error);
    f.setLeaseOwner(null);
    f.setLeaseUntil(null);
    PrivacyRequest r = em.find(PrivacyRequest.class, f.getRequestId());
    audit.append(AuditEntry.of(Actor.SYSTEM, "EXPORT_FAILED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(f.getKind() + " export failed"));
    workflow.failBySystem(r.getId(), "export failed: " + f.getError());
  }

  /** When a file generated now stops being downloadable (R-T9, the EXPORT_FILE rule). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Instant expiry(Instant from) {
    RetentionRule rule = retention.rule("EXPORT_FILE");
    return rule.getUnit().plus(from.atZone(clock.zone()), rule.getAmount()).toInstant();
  }

  /**
   * A single-use download link for the request's latest file; only its SHA-256 is stored. It joins
   * the caller's transaction: the caller may hold the request's row locked, which a transaction of
   * its own would wait for forever.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String newDownloadToken(long requestId, Instant now, Instant expiresAt) {
    String token = Hashing.newToken();
    em.persist(new AccessToken(Hashing.sha256Hex(token), TokenPurpose.EXPORT_DOWNLOAD, requestId, null, now, expiresAt));
    return token;
  }

  /** The e-mail that carries a download link, in the subject's language. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Mail downloadMail(String kind, PrivacyRequest r, String email, ExportFile f, String token) {
    String lang = r.getLocale();
    String accountLink = "";
    if (r.getSubjectKind() == SubjectKind.CUSTOMER && r.getSubjectUserId() != null && f.getKind() != Kind.RECEIPT) {
      accountLink = engineLabel("accountLink", lang) + "\n" + outbox.publicUrl() + "/customer/download/" + f.getDownloadKey();
    }
    return Mail.of(kind, email, lang)
        .param("name", r.getSubjectName() == null ? "" : r.getSubjectName())
        .param("reference", r.getReference())
        .param("type", RequestMails.type(r, lang))
        .param("ofType", RequestMails.ofType(r, lang))
        .param("expiresOn", MailFormat.date(f.getExpiresAt(), clock.zone(), lang))
        .param("downloadUrl", outbox.publicUrl() + "/download/" + token)
        .param("accountLink", accountLink)
        .request(r.getId())
        .subject(r.getSubjectRef());
  }

  /**
   * Why a copy cannot be made for the request now (a message key), or null: a copy is made only for
   * someone who can receive it — an address to send the link to, and no erasure of the person queued,
   * running or done (a copy made now would hold data being erased, for an address about to go).
   */
  String unreachable(PrivacyRequest r) {
    if (recipient(r) == null) {
      return "engines.noContact";
    }
    long erasures = em.createQuery("SELECT COUNT(j) FROM ErasureJob j WHERE j.subjectRef = :ref AND j.kind = :subject"
            + " AND j.status <> :failed AND j.requestId <> :request", Long.class)
        .setParameter("ref", r.getSubjectRef()).setParameter("subject", JobKind.SUBJECT)
        .setParameter("failed", JobStatus.FAILED).setParameter("request", r.getId()).getSingleResult();
    return erasures > 0 ? "engines.subjectErased" : null;
  }

  /**
   * Whether the file being claimed or finished is still to be made: its request is in progress and
   * its person can receive it. If not, it is given up without a copy: expired when the request was
   * closed meanwhile, failed (the request stays open, its history says why) when no one can receive it.
   */
  private boolean stillWanted(ExportFile f, PrivacyRequest r) {
    if (r == null || r.getStatus() != RequestStatus.IN_PROGRESS) {
      f.setStatus(Status.EXPIRED);
      f.setLeaseOwner(null);
      f.setLeaseUntil(null);
      return false;
    }
    String why = unreachable(r);
    if (why == null) {
      return true;
    }
    f.setStatus(Status.FAILED);
    f.setError(Texts.of("en").get("reason." + why));
    f.setLeaseOwner(null);
    f.setLeaseUntil(null);
    audit.append(AuditEntry.of(Actor.SYSTEM, "EXPORT_FAILED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(f.getKind() + " export not made: " + why));
    workflow.failBySystem(r.getId(), f.getError());
    return false;
  }

  /** Where a request's mail goes: the account's current address, else the one given with the request. */
  String recipient(PrivacyRequest r) {
    if (r.getSubjectUserId() != null) {
      UserAccount u = em.find(UserAccount.class, r.getSubjectUserId());
      if (u != null) {
        return u.getEmail();
      }
    }
    return r.getSubjectEmail();
  }

  public List<ExportFile> filesOf(long requestId) {
    return em.createNamedQuery("ExportFile.findByRequest", ExportFile.class).setParameter("requestId", requestId)
        .getResultList();
  }

  public static String engineLabel(String key, String language) {
    return Texts.of(language).get("mail." + key);
  }
}
