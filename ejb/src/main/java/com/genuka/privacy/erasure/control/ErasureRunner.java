package com.genuka.privacy.erasure.control;

import com.genuka.privacy.erasure.control.ErasureChecks.Verification;
import com.genuka.privacy.erasure.control.ErasureJobs.StepRef;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an erasure job to its end on this server: step after step, batch after batch, each in its
 * own transaction ({@link ErasureJobs}). What a step finds wrong fails the job with its reason;
 * what stops the server leaves the job for the next start.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErasureRunner {

  private static final Logger LOG = Logger.getLogger(ErasureRunner.class.getName());

  @EJB ErasureJobs jobs;

  @EJB ErasureChecks checks;

  @Inject EngineHooks hooks;

  @Inject EngineState state;

  public void run(long jobId, String owner) {
    if (!jobs.claim(jobId, owner)) {
      return;
    }
    LOG.info(() -> "Erasure job " + jobId + " running");
    try {
      for (StepRef step = jobs.next(jobId, owner); step != null; step = jobs.next(jobId, owner)) {
        switch (step.code()) {
          case ErasurePlan.VERIFY -> {
            Verification v = checks.verify(jobs.info(jobId));
            jobs.recordVerify(jobId, step.stepId(), owner, v.report(), v.failure());
          }
          case ErasurePlan.LINKED -> jobs.executeLinked(jobId, step.stepId(), owner, checks.accountReferences());
          default -> {
            while (!jobs.execute(jobId, step.stepId(), owner)) {
              if (state.isStopping()) {
                return;
              }
            }
          }
        }
        if (ErasurePlan.COMPLETE.equals(step.code())) {
          LOG.info(() -> "Erasure job " + jobId + " completed");
          return;
        }
        pauseIfAsked(step.code());
        if (state.isStopping()) {
          return;
        }
      }
    } catch (LeaseLost e) {
      LOG.info(e.getMessage());
    } catch (StepFailed e) {
      LOG.warning(() -> "Erasure job " + jobId + " stopped: " + e.getMessage());
      jobs.fail(jobId, owner, e.getMessage());
    } catch (RuntimeException e) {
      if (state.isStopping()) {
        LOG.info(() -> "Erasure job " + jobId + " interrupted by the server stopping; the next start resumes it");
        return;
      }
      StepFailed failed = cause(e, StepFailed.class);
      if (failed != null) {
        jobs.fail(jobId, owner, failed.getMessage());
        return;
      }
      if (cause(e, LeaseLost.class) != null) {
        return;
      }
      LOG.log(Level.SEVERE, "Erasure job " + jobId + " failed", e);
      jobs.fail(jobId, owner, describe(e));
    }
  }

  /** The test hook's pause: the job waits here, its lease running out, until told to go on. */
  private void pauseIfAsked(String code) {
    while (code.equals(hooks.pauseAfter()) && !state.isStopping()) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return root.getClass().getSimpleName() + (message.length() > 300 ? message.substring(0, 300) : message);
  }

  static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
