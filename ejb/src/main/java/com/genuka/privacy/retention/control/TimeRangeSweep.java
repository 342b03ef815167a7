package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sweeps a large, time-ordered table by its dated column: the browser log (R-T3), server-side
 * sessions (R-T4) and session recordings (R-T6). Each batch deletes a contiguous range of that
 * column's index, from where the previous batch stopped up to the date of the batch-size-th next
 * row, so no batch scans what earlier ones deleted and none holds more than a batch of row locks:
 * page views and logins go on while it runs.
 */
public final class TimeRangeSweep implements Sweep {

  /**
   * The arguments of the message that describes a sample row to admins
   * ({@code retention.sample.<code>}, after the row's id), from the columns of {@code sampleColumns}.
   */
  @FunctionalInterface
  interface Describer {
    List<Object> describe(ResultSet row) throws SQLException;
  }

  private final String ruleCode;
  private final String table;
  private final String column;
  private final String join;
  private final String subject;
  private final String tenant;
  private final String sampleColumns;
  private final Describer describer;

  /**
   * @param join how a row reaches its subject's account (alias t for the row, u for the account),
   *     for tombstones by subject and company; null for one tombstone per batch that lists the
   *     subjects it touched (tombstone_subject)
   */
  private TimeRangeSweep(String ruleCode, String table, String column, String join, String subject,
      String tenant, String sampleColumns, Describer describer) {
    this.ruleCode = ruleCode;
    this.table = table;
    this.column = column;
    this.join = join;
    this.subject = subject;
    this.tenant = tenant;
    this.sampleColumns = sampleColumns;
    this.describer = describer;
  }

  /**
   * R-T3: the passive browser log, 12 months after each visit. The largest table by far, mostly
   * anonymous visits: one tombstone per batch (its count, its dates), not one per visitor, and a
   * {@code tombstone_subject} row for each logged-in person the batch touched, with their share,
   * so that their page says what of theirs is still in the backups (R-T7). On PostgreSQL the
   * deletion, the tombstone and the links are one statement that reads each row once.
   */
  public static TimeRangeSweep browserLog() {
    return new TimeRangeSweep("BROWSER_LOG", "browser_log", "visited_at", null, null, null,
        "t.browser, t.platform, t.path",
        r -> List.of(nz(r.getString("browser")), nz(r.getString("platform")), nz(r.getString("path"))));
  }

  /** R-T4: server-side sessions, 7 days after their last activity. */
  public static TimeRangeSweep idleSessions() {
    return sessions("SESSION_IDLE", "last_activity_at");
  }

  /** R-T4: server-side sessions, never past 3 months after they were opened. */
  public static TimeRangeSweep sessionsAtMaximum() {
    return sessions("SESSION_MAX", "created_at");
  }

  private static TimeRangeSweep sessions(String code, String column) {
    return new TimeRangeSweep(code, "server_session", column, "JOIN user_account u ON u.id = t.user_id",
        "u.subject_ref", "u.tenant_id", "t.user_id, t.user_agent",
        r -> List.of(String.valueOf(r.getLong("user_id")), nz(r.getString("user_agent"))));
  }

  /** R-T6: session recordings, one month after they were made. */
  public static TimeRangeSweep recordings() {
    return new TimeRangeSweep("RECORDING", "session_recording", "recorded_at",
        "JOIN user_account u ON u.id = t.user_id", "u.subject_ref", "t.tenant_id",
        "t.user_id, t.duration_seconds, t.page_count",
        r -> List.of(String.valueOf(r.getLong("user_id")), r.getInt("duration_seconds"), r.getInt("page_count")));
  }

  @Override
  public String ruleCode() {
    return ruleCode;
  }

  @Override
  public Instant cutoff(SweepContext ctx) {
    return ctx.cutoff();
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    Instant cutoff = ctx.cutoff();
    Instant after = (Instant) cursor;
    Instant bound = bound(c, range("t.", "<", after), params(cutoff, after), ctx.batchSize());
    // Rows dated exactly at the bound go in this batch too, so the next one starts strictly after it.
    String upper = bound == null ? "<" : "<=";
    Object[] params = params(bound == null ? cutoff : bound, after);
    String reference = table + " rows dated before " + LocalDate.ofInstant(cutoff, ctx.zone()) + ", run " + ctx.runId();
    long deleted;
    if (join == null) {
      deleted = Tombstones.deleteBatchWithSubjects(c, ctx, reference, table, range("t.", upper, after), params);
    } else {
      Tombstones.write(c, ctx, reference, "COUNT(*)", subject, tenant, "NULL", "FROM " + table + " t " + join
          + " WHERE " + range("t.", upper, after) + " GROUP BY " + subject + ", " + tenant, params);
      deleted = Sql.update(c, "DELETE FROM " + table + " WHERE " + range("", upper, after), params);
    }
    return bound == null ? Batch.finished(deleted) : Batch.more(deleted, bound);
  }

  private String range(String prefix, String upper, Instant after) {
    String below = prefix + column + " " + upper + " ?";
    return after == null ? below : below + " AND " + prefix + column + " > ?";
  }

  private static Object[] params(Instant upper, Instant after) {
    return after == null ? new Object[] {upper} : new Object[] {upper, after};
  }

  /** The date of the batch-size-th next row in the range, or null when fewer rows are left. */
  private Instant bound(Connection c, String range, Object[] params, int batchSize) throws SQLException {
    String sql = "SELECT t." + column + " FROM " + table + " t WHERE " + range + " ORDER BY t." + column
        + " LIMIT 1 OFFSET " + (batchSize - 1);
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      return r.next() ? Sql.instant(r, column) : null;
    }
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    Instant cutoff = ctx.cutoff();
    long count = Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " < ?", cutoff);
    List<Sample> sample = new ArrayList<>();
    String sql = "SELECT t.id, t." + column + ", " + sampleColumns + " FROM " + table + " t WHERE t." + column
        + " < ? ORDER BY t." + column + ", t.id LIMIT " + sampleSize;
    try (PreparedStatement p = Sql.prepare(c, sql, cutoff); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        LocalDate start = LocalDate.ofInstant(Sql.instant(r, column), ctx.zone());
        List<Object> args = new ArrayList<>();
        args.add(String.valueOf(r.getLong("id")));
        args.addAll(describer.describe(r));
        sample.add(new Sample(table, args, start, RetentionCalendar.deletionDay(start, ctx.amount(), ctx.unit())));
      }
    }
    return Preview.of(count, sample);
  }

  static String nz(String s) {
    return s == null ? "—" : s;
  }
}
