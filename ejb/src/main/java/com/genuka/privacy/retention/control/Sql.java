package com.genuka.privacy.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The few JDBC chores the sweeps share. Instants are bound as SQL TIMESTAMPs holding UTC (the server
 * runs in UTC, like the rest of the application's columns), calendar days as DATEs.
 */
final class Sql {

  private Sql() {}

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      bind(p, params);
      return p;
    } catch (SQLException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  static void bind(PreparedStatement p, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      if (v instanceof Instant instant) {
        p.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (v instanceof LocalDate date) {
        p.setObject(i + 1, date);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = prepare(c, sql, params)) {
      return p.executeUpdate();
    }
  }

  static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement p = prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  static Instant instant(ResultSet r, String column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static LocalDate date(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  /** Whether the connection goes to PostgreSQL (rather than the embedded H2 of the default run). */
  static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  /**
   * Lets the current transaction commit without waiting for its WAL record to reach the disk
   * (PostgreSQL's synchronous_commit, for this transaction only). Safe for a sweep's batch: a
   * crash may lose only the last batches committed, deletions and tombstones together, and the
   * next run deletes them again; it spares a disk flush per batch, which is most of what a
   * batched deletion costs over a single DELETE.
   */
  static void commitWithoutWaitingForDisk(Connection c) throws SQLException {
    if (isPostgres(c)) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("SET LOCAL synchronous_commit TO OFF");
      }
    }
  }

  /** "?, ?, ?" for an IN list of {@code values}. */
  static String marks(Collection<?> values) {
    return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
  }

  static Object[] concat(Object[] head, Collection<?> tail) {
    Object[] all = new Object[head.length + tail.size()];
    System.arraycopy(head, 0, all, 0, head.length);
    int i = head.length;
    for (Object v : tail) {
      all[i++] = v;
    }
    return all;
  }
}
