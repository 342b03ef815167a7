package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Billing records (C7, R-T8) leave on the day their legal hold ends ({@code legal_hold_until}: the
 * invoice date plus the statutory period of the billing country). The hold outlives the account:
 * an erased customer's invoices are pseudonymised by the erasure and stay here until that day.
 */
public final class BillingHoldSweep implements Sweep {

  private static final String DUE = "i.legal_hold_until <= ?";

  @Override
  public String ruleCode() {
    return "BILLING";
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    int size = IdBatch.size(ctx);
    List<Long> ids = IdBatch.lockNext(c, "invoice", "i", DUE, size, ctx.today());
    if (ids.isEmpty()) {
      return Batch.finished(0);
    }
    Object[] idParams = IdBatch.params(ids);
    Tombstones.write(c, ctx, "invoices whose legal hold ended", "COUNT(*)", "u.subject_ref", "i.tenant_id", "NULL",
        "FROM invoice i LEFT JOIN user_account u ON u.id = i.user_id WHERE " + IdBatch.in("i.id", ids)
            + " GROUP BY u.subject_ref, i.tenant_id", idParams);
    long deleted = Sql.update(c, "DELETE FROM invoice WHERE " + IdBatch.in("id", ids), idParams);
    return ids.size() < size ? Batch.finished(deleted) : Batch.more(deleted, null);
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    long count = Sql.count(c, "SELECT COUNT(*) FROM invoice i WHERE " + DUE, ctx.today());
    List<Sample> sample = new ArrayList<>();
    String sql = "SELECT i.id, i.number, i.billing_country, i.pseudonymised, i.issued_on, i.legal_hold_until"
        + " FROM invoice i WHERE " + DUE + " ORDER BY i.legal_hold_until, i.id LIMIT " + sampleSize;
    try (PreparedStatement p = Sql.prepare(c, sql, ctx.today()); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        sample.add(Sample.of(r.getBoolean("pseudonymised") ? "invoice.pseudonymised" : "invoice",
            Sql.date(r, "issued_on"), Sql.date(r, "legal_hold_until"), r.getString("number"),
            new Country(r.getString("billing_country"))));
      }
    }
    return Preview.of(count, sample);
  }
}
