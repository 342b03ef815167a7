package com.genuka.privacy.erasure.boundary;

import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.erasure.control.ErasureChecks;
import com.genuka.privacy.erasure.control.ErasureJobs;
import com.genuka.privacy.erasure.control.ErasureQueued;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.export.control.ExportJobs;
import com.genuka.privacy.export.control.ExportQueued;
import com.genuka.privacy.export.control.Texts;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.RequestStarted;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connects the request workflow to the engines: once an admin's start of a request has committed,
 * the engine for its type takes it (access and portability copies, tenant exports, erasures of a
 * person, a company's database or a person's recordings). A request the engine cannot take stays
 * open, and its history says why.
 */
@ApplicationScoped
public class EngineDispatch {

  private static final Logger LOG = Logger.getLogger(EngineDispatch.class.getName());

  @EJB EngineScheduler scheduler;

  @EJB ExportJobs exports;

  @EJB ErasureJobs erasures;

  @EJB ErasureChecks checks;

  @EJB RequestWorkflow workflow;

  void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestStarted started) {
    take(started.requestId(), started.type(), Actor.SYSTEM);
  }

  void onExportQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportQueued queued) {
    scheduler.submitExport(queued.fileId());
  }

  void onErasureQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ErasureQueued queued) {
    scheduler.submitErasure(queued.jobId());
  }

  /** Whether an engine carries this type of request out. */
  public static boolean handles(RequestType type) {
    return ExportJobs.kindFor(type) != null || ErasureJobs.kindFor(type) != null;
  }

  /** Hands the request to its engine; false (and the reason in the request's history) if it cannot. */
  public boolean take(long requestId, RequestType type, Actor actor) {
    try {
      if (ExportJobs.kindFor(type) != null) {
        exports.queue(requestId, actor);
        return true;
      }
      JobKind kind = ErasureJobs.kindFor(type);
      if (kind != null) {
        List<String> tables = kind == JobKind.TENANT ? checks.partitionTables() : List.of();
        erasures.create(requestId, actor, tables);
        return true;
      }
      return false;
    } catch (UserFacingException e) {
      LOG.info(() -> "Request " + requestId + " not taken by its engine: " + e.getMessageKey());
      workflow.failBySystem(requestId, Texts.of("en").get("reason." + e.getMessageKey()));
      return false;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Request " + requestId + " could not be handed to its engine", e);
      workflow.failBySystem(requestId, "the engine could not take the request; see the server log");
      return false;
    }
  }
}
