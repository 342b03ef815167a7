package com.genuka.privacy.export.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded database with the application's own migrations, as the default run has it (H2
 * in PostgreSQL mode), for the engines' SQL to run on in unit tests.
 */
public final class H2 {

  private H2() {}

  public static Connection fresh() throws SQLException {
    String url = "jdbc:h2:mem:engines-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    return DriverManager.getConnection(url, "sa", "");
  }

  public static long insert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql, new String[] {"id"})) {
      bind(p, params);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      return p.executeUpdate();
    }
  }

  public static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
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

  /** A person with rows in every category; returns {tenant, user}. */
  public static long[] person(Connection c, String email, String name, String phone, int visits) throws SQLException {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    long tenant = insert(c, "INSERT INTO tenant (name, plan, own_database, billing_country, status, created_at, last_used_at)"
        + " VALUES (?, 'PRO', FALSE, 'FR', 'ACTIVE', ?, ?)", "Company of " + name, now, now);
    long user = insert(c, "INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, phone, locale,"
            + " tenant_admin, status, unsubscribe_token, created_at) VALUES (?,?,?,'x',?,?,'fr',TRUE,'ACTIVE',?,?)",
        UUID.randomUUID().toString(), tenant, email, name, phone, UUID.randomUUID().toString(), now);
    long policy = count(c, "SELECT MIN(id) FROM policy_version");
    update(c, "INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
        + " VALUES (?, 'MARKETING', TRUE, ?, 'SIGNUP', ?)", user, now, policy);
    for (int i = 0; i < visits; i++) {
      update(c, "INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, path) VALUES (?,?,?,?,?,?)",
          tenant, user, now.minusSeconds(60L * i), "10.0.0." + (i % 250), "Firefox", "/p/" + i);
    }
    update(c, "INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?,?,?,?)",
        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32), user, now, now);
    update(c, "INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count, masked_fields,"
        + " storage_key) VALUES (?,?,?,60,3,'password','posthog:x')", tenant, user, now);
    update(c, "INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description, billing_name,"
            + " billing_company, billing_email, billing_address, billing_country, payment_processor, processor_reference,"
            + " legal_hold_until) VALUES (?,?,?,?,4990,'EUR','Abonnement',?,'Company',?,'1 rue X','FR','Stripe','st_1',?)",
        tenant, user, "INV-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2026, 2, 1), name, email,
        LocalDate.of(2036, 2, 1));
    update(c, "INSERT INTO event_registration (user_id, event_name, event_date, full_name, email, phone, registered_at)"
        + " VALUES (?, 'Salon', ?, ?, ?, ?, ?)", user, LocalDate.of(2025, 6, 1), name, email, phone, now);
    return new long[] {tenant, user};
  }
}
