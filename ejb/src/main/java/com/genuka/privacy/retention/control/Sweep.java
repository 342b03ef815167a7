package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sweep of one retention rule. {@link #next} deletes one batch with set-based statements in
 * the caller's transaction and writes its tombstones in that same transaction: a batch is either
 * wholly done, tombstones included, or not at all. A run calls it, one transaction per batch, until
 * it reports done; a run that stops half-way is finished by the next one, since what is due is
 * found again from the data, never from a remembered position.
 */
public interface Sweep {

  String ruleCode();

  /** The instant before which data is deleted, when the rule has a single one (for the run history). */
  default Instant cutoff(SweepContext ctx) {
    return null;
  }

  /**
   * Deletes the next batch.
   *
   * @param cursor where the previous batch of this run stopped, null for the first
   */
  Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException;

  /** What a run on {@code ctx.today()} would delete, without deleting anything. */
  Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException;

  /**
   * One batch's outcome.
   *
   * @param deleted rows deleted (the sum of the batch's tombstones)
   * @param notices warnings sent
   */
  record Batch(long deleted, long notices, Object cursor, boolean done) {

    static Batch finished(long deleted) {
      return new Batch(deleted, 0, null, true);
    }

    static Batch more(long deleted, Object cursor) {
      return new Batch(deleted, 0, cursor, false);
    }
  }

  /**
   * A dry run.
   *
   * @param count rows the run would delete
   * @param notices warnings the run would send
   * @param held rows past their period that the run may not delete, and why ({@code heldReason}, a
   *     message key)
   */
  record Preview(long count, long notices, long held, String heldReason, List<Sample> sample) {

    static Preview of(long count, List<Sample> sample) {
      return new Preview(count, 0, 0, null, sample);
    }
  }

  /**
   * One row a run would delete, described without naming anyone.
   *
   * @param startDay the day its retention clock started
   */
  record Sample(String reference, String detail, LocalDate startDay, LocalDate deletionDay) {}
}
