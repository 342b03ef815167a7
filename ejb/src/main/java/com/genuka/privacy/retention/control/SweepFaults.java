package com.genuka.privacy.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the integration tests crash a sweep half-way and use small batches, so that "a crash leaves
 * nothing half-done and the next run finishes the work" is tested on the real server. Only the
 * test hooks set anything here (they exist where {@code genuka.test-hooks=true}); untouched, it
 * changes nothing.
 */
@ApplicationScoped
public class SweepFaults {

  /** Fail the given sweep's batch number {@code batch} after its statements ran, before it commits. */
  public record Crash(String ruleCode, int batch) {}

  private final AtomicReference<Crash> crash = new AtomicReference<>();
  private final AtomicInteger batchSize = new AtomicInteger();

  public void crashAt(String ruleCode, int batch) {
    crash.set(new Crash(ruleCode, batch));
  }

  public void forceBatchSize(int size) {
    batchSize.set(Math.max(0, size));
  }

  public void clear() {
    crash.set(null);
    batchSize.set(0);
  }

  /** The batch size to use instead of the configured one, or the configured one. */
  public int batchSizeOr(int configured) {
    int forced = batchSize.get();
    return forced > 0 ? forced : configured;
  }

  /** Throws, once, if a crash was asked for at this point. */
  public void checkpoint(String ruleCode, int batch) {
    Crash c = crash.get();
    if (c != null && c.ruleCode().equals(ruleCode) && c.batch() == batch && crash.compareAndSet(c, null)) {
      throw new SimulatedCrash("simulated crash in batch " + batch + " of " + ruleCode);
    }
  }

  /** What a simulated crash throws. */
  public static class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String message) {
      super(message);
    }
  }
}
