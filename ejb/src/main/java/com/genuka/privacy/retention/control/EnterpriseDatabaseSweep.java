package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * ENTERPRISE companies' own databases (C4, R-T5): deleted the given period after their last use.
 * A run goes through three phases. It first warns the company's administrators 30 and then 7 days
 * before the day (a company first found within 7 days gets the 7-day warning only). It then closes
 * the databases that are due: the company is marked deleted and one tombstone counts its content,
 * in one transaction, so the decision is never half-made. Last it purges the content of closed
 * databases a batch at a time; a run interrupted there leaves a closed database whose content the
 * next run goes on purging.
 */
public final class EnterpriseDatabaseSweep implements Sweep {

  /** The phases of a run, in order; the cursor is the current one. */
  enum Phase {
    WARN,
    CLOSE,
    PURGE
  }

  static final int WARN_EARLY = 30;
  static final int WARN_LATE = 7;
  private static final int TENANTS_PER_BATCH = 100;
  private static final String OWN_DATABASE =
      "t.plan = 'ENTERPRISE' AND t.own_database = TRUE AND t.status = 'ACTIVE'";
  private static final String CLOSED_BY_THIS_RULE = "t.status = 'DELETED' AND EXISTS (SELECT 1 FROM tombstone s"
      + " WHERE s.tenant_id = t.id AND s.rule_code = 'ENTERPRISE_DB')";

  @Override
  public String ruleCode() {
    return "ENTERPRISE_DB";
  }

  @Override
  public Instant cutoff(SweepContext ctx) {
    return ctx.cutoff();
  }

  private static Instant cutoffOn(SweepContext ctx, LocalDate day) {
    return RetentionCalendar.cutoff(day, ctx.amount(), ctx.unit(), ctx.zone());
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    Phase phase = cursor == null ? Phase.WARN : (Phase) cursor;
    return switch (phase) {
      case WARN -> warn(c, ctx);
      case CLOSE -> close(c, ctx);
      case PURGE -> purge(c, ctx);
    };
  }

  private Batch warn(Connection c, SweepContext ctx) throws SQLException {
    Instant due = ctx.cutoff();
    Instant late = cutoffOn(ctx, ctx.today().plusDays(WARN_LATE));
    Instant early = cutoffOn(ctx, ctx.today().plusDays(WARN_EARLY));
    String sql = "SELECT t.id, t.last_used_at, t.warned_30_at, t.warned_7_at FROM tenant t WHERE " + OWN_DATABASE
        + " AND t.last_used_at >= ? AND ((t.last_used_at < ? AND t.warned_7_at IS NULL)"
        + " OR (t.last_used_at < ? AND t.warned_30_at IS NULL)) ORDER BY t.id LIMIT " + TENANTS_PER_BATCH
        + " FOR UPDATE";
    List<Long> lateIds = new ArrayList<>();
    List<Long> earlyIds = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, due, late, early); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        long id = r.getLong("id");
        Instant lastUsed = Sql.instant(r, "last_used_at");
        LocalDate day = RetentionCalendar.deletionDay(lastUsed, ctx.amount(), ctx.unit(), ctx.zone());
        ctx.notices().warn(id, day, (int) ChronoUnit.DAYS.between(ctx.today(), day));
        (lastUsed.isBefore(late) ? lateIds : earlyIds).add(id);
      }
    }
    if (!lateIds.isEmpty()) {
      // The 30-day warning is not sent any more once the 7-day one has gone.
      Sql.update(c, "UPDATE tenant SET warned_7_at = ?, warned_30_at = COALESCE(warned_30_at, ?),"
          + " version = version + 1 WHERE " + IdBatch.in("id", lateIds),
          Sql.concat(new Object[] {ctx.now(), ctx.now()}, lateIds));
    }
    if (!earlyIds.isEmpty()) {
      Sql.update(c, "UPDATE tenant SET warned_30_at = ?, version = version + 1 WHERE " + IdBatch.in("id", earlyIds),
          Sql.concat(new Object[] {ctx.now()}, earlyIds));
    }
    int warned = lateIds.size() + earlyIds.size();
    return new Batch(0, warned, warned < TENANTS_PER_BATCH ? Phase.CLOSE : Phase.WARN, false);
  }

  private Batch close(Connection c, SweepContext ctx) throws SQLException {
    List<Long> ids = IdBatch.lockNext(c, "tenant", "t", OWN_DATABASE + " AND t.last_used_at < ?",
        TENANTS_PER_BATCH, ctx.cutoff());
    if (!ids.isEmpty()) {
      Object[] idParams = IdBatch.params(ids);
      Tombstones.write(c, ctx, "company database: customers, employees and media",
          "CAST(" + CompanyContent.count("t.id") + " AS INTEGER)",
          "NULL", "t.id", "NULL", "FROM tenant t WHERE " + IdBatch.in("t.id", ids), idParams);
      Sql.update(c, "UPDATE tenant SET status = 'DELETED', deleted_at = ?, version = version + 1 WHERE "
          + IdBatch.in("id", ids), Sql.concat(new Object[] {ctx.now()}, ids));
    }
    return new Batch(0, 0, ids.size() < TENANTS_PER_BATCH ? Phase.PURGE : Phase.CLOSE, false);
  }

  private Batch purge(Connection c, SweepContext ctx) throws SQLException {
    return CompanyContent.purgeNext(c, ctx, CLOSED_BY_THIS_RULE, Phase.PURGE);
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    Instant due = ctx.cutoff();
    StringBuilder content = new StringBuilder();
    for (String table : CompanyContent.TABLES) {
      content.append(content.length() == 0 ? "" : " + ").append("(SELECT COUNT(*) FROM ").append(table)
          .append(" x WHERE x.tenant_id IN (SELECT t.id FROM tenant t WHERE (").append(OWN_DATABASE)
          .append(" AND t.last_used_at < ?) OR (").append(CLOSED_BY_THIS_RULE).append(")))");
    }
    long count = Sql.count(c, "SELECT " + content, due, due, due);
    long notices = Sql.count(c, "SELECT COUNT(*) FROM tenant t WHERE " + OWN_DATABASE
        + " AND t.last_used_at >= ? AND ((t.last_used_at < ? AND t.warned_7_at IS NULL)"
        + " OR (t.last_used_at < ? AND t.warned_30_at IS NULL))",
        due, cutoffOn(ctx, ctx.today().plusDays(WARN_LATE)), cutoffOn(ctx, ctx.today().plusDays(WARN_EARLY)));
    List<Sample> sample = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, "SELECT t.id, t.name, t.last_used_at FROM tenant t WHERE "
        + OWN_DATABASE + " AND t.last_used_at < ? ORDER BY t.last_used_at, t.id LIMIT " + sampleSize, due);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        LocalDate lastUsed = LocalDate.ofInstant(Sql.instant(r, "last_used_at"), ctx.zone());
        sample.add(Sample.of("company", lastUsed, RetentionCalendar.deletionDay(lastUsed, ctx.amount(), ctx.unit()),
            String.valueOf(r.getLong("id")), r.getString("name")));
      }
    }
    return new Preview(count, notices, 0, null, sample);
  }
}
