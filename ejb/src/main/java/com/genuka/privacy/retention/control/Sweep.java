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
   * One row a run would delete, described without naming anyone. The description is a message of
   * the admin's language, {@code retention.sample.<key>}, filled with {@code args}; an argument that
   * is a {@link Label} or a {@link Country} is itself shown in that language.
   *
   * @param startDay the day its retention clock started
   */
  record Sample(String key, List<Object> args, LocalDate startDay, LocalDate deletionDay) {

    public Sample {
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    static Sample of(String key, LocalDate startDay, LocalDate deletionDay, Object... args) {
      return new Sample(key, java.util.Arrays.asList(args), startDay, deletionDay);
    }
  }

  /** A value shown as the message {@code key} in the reader's language (a state, a kind of file). */
  record Label(String key) {}

  /** A country shown by its name in the reader's language. */
  record Country(String code) {}
}
