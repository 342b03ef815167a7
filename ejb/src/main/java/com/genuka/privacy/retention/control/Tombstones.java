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

  /**
   * One tombstone for a batch of many people's rows ({@code table} aliased t, its rows in {@code
   * range} with {@code params}), which names no one itself, and one {@code tombstone_subject} row
   * per person the batch touched, with their share of its rows, found through {@code t.user_id}
   * (R-T7: every person sees what of theirs was deleted). Deletes the batch's rows; returns how many.
   *
   * <p>On PostgreSQL one statement does it all, reading each row once: the DELETE returns the rows'
   * accounts, the tombstone counts them and the links group them. Elsewhere (the embedded database
   * of the default run) the links are read from the rows before they are deleted.
   */
  static long deleteBatchWithSubjects(Connection c, SweepContext ctx, String reference, String table, String range,
      Object... params) throws SQLException {
    if (Sql.isPostgres(c)) {
      String sql = "WITH d AS (DELETE FROM " + table + " t WHERE " + range + " RETURNING t.user_id),"
          + " b AS (" + insert("COUNT(*)", "NULL", "NULL", "NULL") + " FROM d HAVING COUNT(*) > 0 RETURNING id),"
          + " s AS (INSERT INTO tombstone_subject (tombstone_id, subject_ref, row_count)"
          + " SELECT b.id, u.subject_ref, COUNT(*) FROM d JOIN user_account u ON u.id = d.user_id CROSS JOIN b"
          + " GROUP BY b.id, u.subject_ref)"
          + " SELECT COUNT(*) FROM d";
      return Sql.count(c, sql, Sql.concat(params, java.util.Arrays.asList(head(ctx, reference))));
    }
    long id;
    try (java.sql.PreparedStatement p = c.prepareStatement(insert("0", "NULL", "NULL", "NULL"), new String[] {"id"})) {
      Sql.bind(p, head(ctx, reference));
      p.executeUpdate();
      try (java.sql.ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    Sql.update(c, "INSERT INTO tombstone_subject (tombstone_id, subject_ref, row_count)"
        + " SELECT CAST(? AS BIGINT), u.subject_ref, COUNT(*) FROM " + table + " t JOIN user_account u ON u.id = t.user_id"
        + " WHERE " + range + " GROUP BY u.subject_ref", Sql.concat(new Object[] {id}, java.util.Arrays.asList(params)));
    long deleted = Sql.update(c, "DELETE FROM " + table + " t WHERE " + range, params);
    if (deleted == 0) {
      Sql.update(c, "DELETE FROM tombstone WHERE id = ?", id);
    } else {
      Sql.update(c, "UPDATE tombstone SET row_count = ? WHERE id = ?", (int) deleted, id);
    }
    return deleted;
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
