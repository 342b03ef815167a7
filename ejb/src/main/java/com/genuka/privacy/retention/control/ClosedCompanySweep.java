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
      Tombstones.write(c, ctx, "closed company: customers, employees and media", "CAST(" + CompanyContent.count("t.id") + " AS INTEGER)",
          "NULL", "t.id", "NULL", "FROM tenant t WHERE " + IdBatch.in("t.id", ids), IdBatch.params(ids));
      Sql.update(c, "UPDATE tenant SET status = 'DELETED', deleted_at = ?, version = version + 1 WHERE "
          + IdBatch.in("id", ids), Sql.concat(new Object[] {ctx.now()}, ids));
    }
    return new Batch(0, 0, ids.size() < TENANTS_PER_BATCH ? Phase.PURGE : Phase.CLOSE, false);
  }

  private Batch purge(Connection c, SweepContext ctx) throws SQLException {
    return CompanyContent.purgeNext(c, ctx, DELETED_BY_THIS_RULE, Phase.PURGE);
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    Instant due = ctx.cutoff();
    long count = Sql.count(c, "SELECT COALESCE(SUM(" + CompanyContent.count("t.id") + "), 0) FROM tenant t WHERE (" + CLOSED
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
