package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes the tombstones of a batch (R-T7) with one INSERT … SELECT over the rows about to be
 * deleted, grouped by subject and company so that each person's and each company's pages can say
 * what left and when it leaves the backups. A tombstone holds a count and a pseudonymous
 * reference, never the data.
 */
final class Tombstones {

  private Tombstones() {}

  /**
   * @param rowCount the SQL expression counting the rows of a group ({@code COUNT(*)} or {@code 1})
   * @param subject the SQL expression of the subject reference (or {@code NULL})
   * @param tenant the SQL expression of the company id (or {@code NULL})
   * @param request the SQL expression of the request id (or {@code NULL})
   * @param from the FROM, WHERE and GROUP BY clauses, with their parameters {@code params}
   */
  static int write(Connection c, SweepContext ctx, String reference, String rowCount, String subject,
      String tenant, String request, String from, Object... params) throws SQLException {
    return Sql.update(c, insert(rowCount, subject, tenant, request) + " " + from,
        Sql.concat(head(ctx, reference), java.util.Arrays.asList(params)));
  }

  /** One tombstone for {@code rows} rows of no one in particular (nothing if none). */
  static void writeOne(Connection c, SweepContext ctx, String reference, long rows) throws SQLException {
    if (rows > 0) {
      Sql.update(c, insert(String.valueOf(rows), "NULL", "NULL", "NULL"), head(ctx, reference));
    }
  }

  /** The INSERT … SELECT without its FROM; its parameters are {@link #head}. */
  static String insert(String rowCount, String subject, String tenant, String request) {
    return "INSERT INTO tombstone (category, rule_code, reference, row_count, cause, subject_ref,"
        + " tenant_id, request_id, deleted_at, leaves_backups_on, run_id)"
        + " SELECT CAST(? AS VARCHAR(5)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(200)), " + rowCount
        + ", 'RETENTION', " + cast(subject, "VARCHAR(36)") + ", " + cast(tenant, "BIGINT") + ", "
        + cast(request, "BIGINT") + ", CAST(? AS TIMESTAMP), CAST(? AS DATE), CAST(? AS BIGINT)";
  }

  static Object[] head(SweepContext ctx, String reference) {
    return new Object[] {ctx.category(), ctx.ruleCode(), reference, ctx.now(), ctx.leavesBackupsOn(), ctx.runId()};
  }

  private static String cast(String expression, String type) {
    return "NULL".equals(expression) ? "CAST(NULL AS " + type + ")" : expression;
  }
}
