package com.genuka.privacy.erasure.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.erasure.control.ErasureChecks;
import com.genuka.privacy.erasure.control.ErasureJobs;
import com.genuka.privacy.erasure.control.ResidueScanner;
import com.genuka.privacy.erasure.control.ResidueScanner.Report;
import com.genuka.privacy.erasure.entity.ErasureJob;
import com.genuka.privacy.erasure.entity.ErasureNotice;
import com.genuka.privacy.erasure.entity.ErasureStep;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.StepStatus;
import com.genuka.privacy.export.boundary.ExportView;
import com.genuka.privacy.export.control.ExportJobs;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admins' view of the engines: erasure jobs step by step, export files with their progress,
 * requests in progress that no engine holds yet, and the residue scan over the whole database.
 * Retrying and handing a request over are audited admin actions.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EngineConsole {

  static final int RECENT = 50;

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @EJB ErasureJobs erasures;

  @EJB ExportJobs exports;

  @EJB ErasureChecks checks;


  public List<JobView> jobs() {
    List<ErasureJob> jobs = em.createNamedQuery("ErasureJob.findRecent", ErasureJob.class).setMaxResults(RECENT)
        .getResultList();
    Map<Long, PrivacyRequest> requests = requests(jobs.stream().map(ErasureJob::getRequestId).toList());
    return jobs.stream().map(j -> view(j, requests.get(j.getRequestId()))).toList();
  }

  public JobView job(long id) {
    ErasureJob j = em.find(ErasureJob.class, id);
    if (j == null) {
      throw new UserFacingException("engines.jobNotFound");
    }
    return view(j, em.find(PrivacyRequest.class, j.getRequestId()));
  }

  public List<ExportView> exportFiles() {
    List<ExportFile> files = em.createQuery("SELECT f FROM ExportFile f ORDER BY f.createdAt DESC, f.id DESC", ExportFile.class)
        .setMaxResults(RECENT).getResultList();
    Map<Long, PrivacyRequest> requests = requests(files.stream().map(ExportFile::getRequestId).toList());
    Instant now = clock.now();
    return files.stream().map(f -> {
      PrivacyRequest r = requests.get(f.getRequestId());
      String status = f.getStatus() == ExportFile.Status.READY && f.isExpired(now) ? "EXPIRED" : f.getStatus().name();
      return new ExportView(f.getId(), f.getRequestId(), r == null ? "" : r.getReference(),
          r == null ? "" : r.getType().name(), f.getKind().name(), status, f.getProgressPct(), f.getRowsDone(),
          f.getRowsTotal(), f.getSizeBytes(), f.getSha256(), f.getCreatedAt(), f.getReadyAt(), f.getExpiresAt(),
          f.getError(), null);
    }).toList();
  }

  /** Requests in progress that an engine carries out but that none holds (for example, the hand-over failed). */
  public List<AwaitingRequest> awaiting() {
    List<RequestType> types = java.util.Arrays.stream(RequestType.values()).filter(EngineDispatch::handles).toList();
    return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.status = :progress AND r.type IN :types"
            + " AND NOT EXISTS (SELECT j FROM ErasureJob j WHERE j.requestId = r.id)"
            + " AND NOT EXISTS (SELECT f FROM ExportFile f WHERE f.requestId = r.id AND f.kind <> :receipt)"
            + " ORDER BY r.dueDate, r.id", PrivacyRequest.class)
        .setParameter("progress", RequestStatus.IN_PROGRESS).setParameter("types", types)
        .setParameter("receipt", ExportFile.Kind.RECEIPT)
        .getResultList().stream()
        .map(r -> new AwaitingRequest(r.getId(), r.getReference(), r.getType().name(), r.getReceivedAt(), r.getDueDate()))
        .toList();
  }

  /** Hands a request in progress to its engine. */
  public void carryOut(long requestId) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null || !EngineDispatch.handles(r.getType())) {
      throw new UserFacingException("engines.requestNotFound");
    }
    if (r.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new UserFacingException("engines.requestNotInProgress");
    }
    if (ExportJobs.kindFor(r.getType()) != null) {
      exports.queue(requestId, actor());
    } else {
      JobKind kind = ErasureJobs.kindFor(r.getType());
      erasures.create(requestId, actor(), kind == JobKind.TENANT ? checks.partitionTables() : List.of());
    }
  }

  public void retryJob(long jobId) {
    erasures.retry(jobId, actor());
  }

  public void retryExport(long fileId) {
    exports.requeue(fileId, actor());
  }

  /**
   * The residue scan as an admin command: every table and column of the database searched for an
   * e-mail, a name and a phone number. The values searched for are not recorded anywhere.
   */
  public ScanView scan(String email, String name, String phone) {
    ResidueScanner.Needles needles = new ResidueScanner.Needles(blank(email), blank(name), blank(phone), null);
    if (needles.isEmpty()) {
      throw new UserFacingException("engines.scanNeedsValue", ResidueScanner.MIN_NEEDLE);
    }
    Report report = checks.scan(needles);
    audit.append(AuditEntry.of(actor(), "RESIDUE_SCAN").summary("residue scan over " + report.tables().size()
        + " tables: " + (report.clean() ? "clean" : report.residue().size() + " residue hit(s)")));
    return new ScanView(report.clean(), report.tables(), report.textColumns(), report.binaryColumns(),
        report.idColumns(), report.truncated(), report.hits().stream()
        .map(h -> new ScanView.Hit(h.table(), h.column(), h.row(),
            h.needles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")), h.verdict().name()))
        .toList());
  }

  private JobView view(ErasureJob j, PrivacyRequest r) {
    List<ErasureStep> steps = erasures.steps(j.getId());
    List<JobView.Notice> notices = em.createNamedQuery("ErasureNotice.findByJob", ErasureNotice.class)
        .setParameter("jobId", j.getId()).getResultList().stream()
        .map(n -> new JobView.Notice(n.getSubProcessorName(), n.getCategories(), n.getRecordedAt())).toList();
    return new JobView(j.getId(), j.getKind().name(), j.getRequestId(), r == null ? "" : r.getReference(),
        j.getStatus().name(), j.getAttempts(), j.getCreatedAt(), j.getStartedAt(), j.getFinishedAt(), j.getLastError(),
        (int) steps.stream().filter(s -> s.getStatus() == StepStatus.DONE).count(), steps.size(),
        steps.stream().map(s -> new JobView.Step(s.getCode(), s.getCategory(), s.getStatus().name(),
            s.getOutcome().name(), s.getRowsAffected(), s.getKeptUntil(), s.getDetail(), s.getDoneAt())).toList(),
        notices);
  }

  private Map<Long, PrivacyRequest> requests(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.id IN :ids", PrivacyRequest.class)
        .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
        .collect(Collectors.toMap(PrivacyRequest::getId, Function.identity()));
  }

  private Actor actor() {
    UserAccount admin = CallerAccounts.caller(context, em);
    return new Actor(admin.getSubjectRef(), Role.ADMIN_NAME);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
