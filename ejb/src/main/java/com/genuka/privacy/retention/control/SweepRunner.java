package com.genuka.privacy.retention.control;

import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.retention.entity.SweepRun;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Runs a sweep from start to end: one transaction to record the start, one per batch until the
 * sweep reports done, one to record the end; outside any transaction itself, so a run of any
 * length never meets the transaction timeout. Publishes rows deleted and duration per sweep as
 * MicroProfile metrics ({@code retention_sweep_rows_deleted_total}, {@code
 * retention_sweep_duration_seconds}, {@code retention_sweep_failures_total}, tagged by rule).
 */
@Stateless
public class SweepRunner {

  private static final Logger LOG = Logger.getLogger(SweepRunner.class.getName());

  /** A sweep whose batches keep changing nothing this many times in a row has stopped progressing. */
  private static final int MAX_IDLE_BATCHES = 20;

  @EJB SweepSteps steps;

  @Inject SweepLocks locks;

  @Inject PortalClock clock;

  @Inject MetricRegistry metrics;

  /** Runs the sweep now, unless it is already running; returns the run's id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Long> run(String ruleCode, SweepRun.Trigger trigger) {
    Sweep sweep = Sweeps.of(ruleCode).orElseThrow(() -> new IllegalArgumentException("no sweep for " + ruleCode));
    if (!locks.tryAcquire(ruleCode)) {
      return Optional.empty();
    }
    try {
      return Optional.of(execute(sweep, trigger, 0));
    } finally {
      locks.release(ruleCode);
    }
  }

  /** The admin's "run now": the page returns at once and the run history shows the outcome. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void runInBackground(String ruleCode, SweepRun.Trigger trigger) {
    run(ruleCode, trigger);
  }

  /**
   * Runs the sweep if the schedule says so: at a daily tick, unless it already ran since the
   * scheduled time; at the catch-up after a start, if it has never run to its end (first start) or
   * if the scheduled time passed while the server was down, and then once, whatever the number of
   * days missed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Long> runIfDue(String ruleCode, SweepRun.Trigger trigger, SweepSchedule schedule) {
    Sweep sweep = Sweeps.of(ruleCode).orElseThrow(() -> new IllegalArgumentException("no sweep for " + ruleCode));
    if (!locks.tryAcquire(ruleCode)) {
      return Optional.empty();
    }
    try {
      Instant now = clock.now();
      Instant last = steps.lastSuccess(ruleCode, now);
      boolean catchUp = trigger == SweepRun.Trigger.CATCH_UP;
      boolean first = catchUp && !steps.everSucceeded(ruleCode);
      if (catchUp ? !schedule.dueAtStart(!first, last, now) : !schedule.dueAtTick(last, now)) {
        return Optional.empty();
      }
      int missed = catchUp && !first ? schedule.occurrencesBetween(last, now) : 0;
      if (first) {
        LOG.info(() -> ruleCode + " has never run: running it now rather than at its first scheduled time");
      } else if (catchUp) {
        LOG.info(() -> ruleCode + " missed " + missed + " scheduled run(s) while the server was down: catching up once");
      }
      return Optional.of(execute(sweep, trigger, missed));
    } finally {
      locks.release(ruleCode);
    }
  }

  private long execute(Sweep sweep, SweepRun.Trigger trigger, int missed) {
    String code = sweep.ruleCode();
    long started = System.nanoTime();
    SweepContext ctx = steps.begin(sweep, trigger, missed);
    long rows = 0;
    long notices = 0;
    int batches = 0;
    int idle = 0;
    Object cursor = null;
    try {
      while (true) {
        Sweep.Batch batch = steps.batch(sweep, ctx, cursor, batches + 1);
        batches++;
        rows += batch.deleted();
        notices += batch.notices();
        if (batch.done()) {
          break;
        }
        idle = batch.deleted() == 0 && batch.notices() == 0 && java.util.Objects.equals(cursor, batch.cursor()) ? idle + 1 : 0;
        if (idle >= MAX_IDLE_BATCHES) {
          throw new IllegalStateException("no progress after " + idle + " batches");
        }
        cursor = batch.cursor();
      }
      record(code, rows, System.nanoTime() - started, false);
      long total = rows;
      int count = batches;
      LOG.info(() -> String.format("Retention sweep %s (%s): %d rows deleted in %d batches, %d ms", code, trigger,
          total, count, (System.nanoTime() - started) / 1_000_000));
      // Last: once the history says the run ended, the sweep is free to run again.
      steps.finish(ctx.runId(), SweepRun.Status.SUCCEEDED, rows, batches, notices, null);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Retention sweep " + code + " failed after " + batches + " batches", e);
      record(code, rows, System.nanoTime() - started, true);
      steps.finish(ctx.runId(), SweepRun.Status.FAILED, rows, batches, notices, describe(e));
    }
    return ctx.runId();
  }

  private void record(String code, long rows, long nanos, boolean failed) {
    Tag rule = new Tag("rule", code);
    rowsDeleted(rule).inc(rows);
    duration(rule).update(Duration.ofNanos(nanos));
    if (failed) {
      failures(rule).inc();
    }
  }

  /** Publishes every sweep's metrics at zero, so that they exist before the first run. */
  public void registerMetrics() {
    for (Sweep sweep : Sweeps.all()) {
      Tag rule = new Tag("rule", sweep.ruleCode());
      rowsDeleted(rule);
      duration(rule);
      failures(rule);
    }
  }

  private Counter rowsDeleted(Tag rule) {
    return metrics.counter(Metadata.builder().withName("retention.sweep.rows.deleted")
        .withDescription("Rows deleted by the retention sweep of a rule").build(), rule);
  }

  private Timer duration(Tag rule) {
    return metrics.timer(Metadata.builder().withName("retention.sweep.duration")
        .withDescription("Duration of the runs of the retention sweep of a rule").withUnit(MetricUnits.SECONDS).build(),
        rule);
  }

  private Counter failures(Tag rule) {
    return metrics.counter(Metadata.builder().withName("retention.sweep.failures")
        .withDescription("Runs of the retention sweep of a rule that ended in an error").build(), rule);
  }

  /** The innermost message, which says what went wrong rather than where. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " — " + root.getMessage();
  }
}
