package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A company's own database in the shared schema (its customers, employees and media, C4): how it is
 * counted and purged, the same for every rule that deletes it — an own database unused too long
 * (R-T5) and a company closed when its last account was erased.
 */
public final class CompanyContent {

  /** The tables that hold a company's database, each with a tenant_id column. */
  static final List<String> TABLES = List.of("tenant_customer", "tenant_employee", "tenant_media");

  private CompanyContent() {}

  /** The rows of a company's database, as an SQL expression of its id (a column or a parameter). */
  public static String count(String tenantId) {
    StringBuilder content = new StringBuilder();
    for (String table : TABLES) {
      content.append(content.length() == 0 ? "" : " + ")
          .append("(SELECT COUNT(*) FROM ").append(table).append(" x WHERE x.tenant_id = ").append(tenantId).append(")");
    }
    return content.toString();
  }

  /**
   * Deletes one batch of the database of the first company that {@code deletedByRule} (a condition
   * on {@code t}) selects and that still has rows; finished when no such company is left.
   */
  static Sweep.Batch purgeNext(Connection c, SweepContext ctx, String deletedByRule, Object phase) throws SQLException {
    StringBuilder hasContent = new StringBuilder();
    for (String table : TABLES) {
      hasContent.append(hasContent.length() == 0 ? "" : " OR ")
          .append("EXISTS (SELECT 1 FROM ").append(table).append(" x WHERE x.tenant_id = t.id)");
    }
    List<Long> tenant = Sql.ids(c, "SELECT t.id FROM tenant t WHERE " + deletedByRule + " AND (" + hasContent
        + ") ORDER BY t.id LIMIT 1");
    if (tenant.isEmpty()) {
      return Sweep.Batch.finished(0);
    }
    for (String table : TABLES) {
      int deleted = Sql.update(c, "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table
          + " WHERE tenant_id = ? ORDER BY id LIMIT " + ctx.batchSize() + ")", tenant.get(0));
      if (deleted > 0) {
        return Sweep.Batch.more(deleted, phase);
      }
    }
    return Sweep.Batch.more(0, phase);
  }
}
