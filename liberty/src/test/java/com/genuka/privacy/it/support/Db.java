package com.genuka.privacy.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct access to the test server's PostgreSQL database, to set up and to check what pages cannot show. */
public final class Db {

  private Db() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(It.DB_URL, It.DB_USER, It.DB_PASSWORD);
  }

  public static List<Map<String, Object>> rows(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            row.put(md.getColumnLabel(i), r.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long count(String sql, Object... params) {
    Object v = rows(sql, params).get(0).values().iterator().next();
    return ((Number) v).longValue();
  }

  public static Object value(String sql, Object... params) {
    List<Map<String, Object>> rows = rows(sql, params);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  public static int update(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      return p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long insert(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql, new String[] {"id"})) {
      bind(p, params);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement p, Object... params) throws SQLException {
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
}
