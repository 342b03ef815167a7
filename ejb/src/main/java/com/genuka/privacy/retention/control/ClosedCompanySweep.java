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
 * Closed companies (C4, R-T8; issue 10): a company whose last account was erased is closed by the
 * erasure, and its database goes the given period after the closure, like a deleted account's
 * data. A run first marks the companies that are due as deleted, with one tombstone counting each
 * one's content, in one transaction; it then purges the content of those companies a batch at a
 * time, so that a run interrupted there is finished by the next one. The companies' invoices are
 * not touched here: they stay, pseudonymised, until their legal hold ends (BILLING).
 */
public final class ClosedCompanySweep implements Sweep {

  private static final int TENANTS_PER_BATCH = 100;
  static final String[] CONTENT = {"tenant_customer", "tenant_employee", "tenant_media"};
  private static final String CLOSED = "t.status = 'CLOSED'";
  private static final String DELETED_BY_THIS_RULE = "t.status = 'DELETED' AND EXISTS (SELECT 1 FROM tombstone s"
      + " WHERE s.tenant_id = t.id AND s.rule_code = 'CLOSED_COMPANY')";

  /** The cursor: closing the due companies, then purging their content. */
  enum Phase {
    CLOSE,
    PURGE
  }

  @Override
  public String ruleCode() {
    return "CLOSED_COMPANY";
  }

  @Override
  public Instant cutoff(SweepContext ctx) {
    return ctx.cutoff();
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    return cursor == Phase.PURGE ? purge(c, ctx) : delete(c, ctx);
  }

  private Batch delete(Connection c, SweepContext ctx) throws SQLException {
    List<Long> ids = IdBatch.lockNext(c, "tenant", "t", CLOSED + " AND t.closed_at < ?", TENANTS_PER_BATCH, ctx.cutoff());
    if (!ids.isEmpty()) {
      Tombstones.write(c, ctx, "closed company: customers, employees and media", "CAST(" + contentCount("t.id") + " AS INTEGER)",
          "NULL", "t.id", "NULL", "FROM tenant t WHERE " + IdBatch.in("t.id", ids), IdBatch.params(ids));
      Sql.update(c, "UPDATE tenant SET status = 'DELETED', deleted_at = ?, version = version + 1 WHERE "
          + IdBatch.in("id", ids), Sql.concat(new Object[] {ctx.now()}, ids));
    }
    return new Batch(0, 0, ids.size() < TENANTS_PER_BATCH ? Phase.PURGE : Phase.CLOSE, false);
  }

  private Batch purge(Connection c, SweepContext ctx) throws SQLException {
    StringBuilder hasContent = new StringBuilder();
    for (String table : CONTENT) {
      hasContent.append(hasContent.length() == 0 ? "" : " OR ")
          .append("EXISTS (SELECT 1 FROM ").append(table).append(" x WHERE x.tenant_id = t.id)");
    }
    List<Long> tenant = Sql.ids(c, "SELECT t.id FROM tenant t WHERE " + DELETED_BY_THIS_RULE + " AND (" + hasContent
        + ") ORDER BY t.id LIMIT 1");
    if (tenant.isEmpty()) {
      return Batch.finished(0);
    }
    for (String table : CONTENT) {
      int deleted = Sql.update(c, "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table
          + " WHERE tenant_id = ? ORDER BY id LIMIT " + ctx.batchSize() + ")", tenant.get(0));
      if (deleted > 0) {
        return Batch.more(deleted, Phase.PURGE);
      }
    }
    return Batch.more(0, Phase.PURGE);
  }

  /** The rows of a company's database, as an SQL expression of its id. */
  public static String contentCount(String tenantId) {
    StringBuilder content = new StringBuilder();
    for (String table : CONTENT) {
      content.append(content.length() == 0 ? "" : " + ")
          .append("(SELECT COUNT(*) FROM ").append(table).append(" x WHERE x.tenant_id = ").append(tenantId).append(")");
    }
    return content.toString();
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    Instant due = ctx.cutoff();
    long count = Sql.count(c, "SELECT COALESCE(SUM(" + contentCount("t.id") + "), 0) FROM tenant t WHERE (" + CLOSED
        + " AND t.closed_at < ?) OR (" + DELETED_BY_THIS_RULE + ")", due);
    List<Sample> sample = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, "SELECT t.id, t.name, t.closed_at FROM tenant t WHERE " + CLOSED
        + " AND t.closed_at < ? ORDER BY t.closed_at, t.id LIMIT " + sampleSize, due); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        LocalDate closed = LocalDate.ofInstant(Sql.instant(r, "closed_at"), ctx.zone());
        sample.add(Sample.of("company", closed, RetentionCalendar.deletionDay(closed, ctx.amount(), ctx.unit()),
            String.valueOf(r.getLong("id")), r.getString("name")));
      }
    }
    return Preview.of(count, sample);
  }
}
