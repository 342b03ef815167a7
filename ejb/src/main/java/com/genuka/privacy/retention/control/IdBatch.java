package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The shape of the sweeps over smaller tables whose deletions touch several statements (tombstones,
 * keys, files): lock the next batch of due rows by id, then act on exactly those ids. Locking them
 * first keeps the tombstones and the deletion about the same rows even if someone edits a row
 * meanwhile; the predicate is checked once, under the lock.
 */
final class IdBatch {

  private IdBatch() {}

  /** At most this many ids go into one IN list. */
  static final int MAX_IDS = 1000;

  static int size(SweepContext ctx) {
    return Math.min(ctx.batchSize(), MAX_IDS);
  }

  /** The ids of the next due rows of {@code table} (aliased {@code alias}), locked until commit. */
  static List<Long> lockNext(Connection c, String table, String alias, String predicate, int size,
      Object... params) throws SQLException {
    return Sql.ids(c, "SELECT " + alias + ".id FROM " + table + " " + alias + " WHERE " + predicate
        + " ORDER BY " + alias + ".id LIMIT " + size + " FOR UPDATE", params);
  }

  static String in(String column, List<Long> ids) {
    return column + " IN (" + Sql.marks(ids) + ")";
  }

  static Object[] params(List<Long> ids) {
    return ids.toArray();
  }
}
