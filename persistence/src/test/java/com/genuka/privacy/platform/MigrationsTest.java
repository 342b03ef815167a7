package com.genuka.privacy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on the embedded database of the default run (H2 in PostgreSQL mode), and the
 * schema keeps the policy's structural promises. The same migrations run on PostgreSQL in every
 * integration test run.
 */
class MigrationsTest {

  private static final String URL =
      "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @BeforeAll
  static void migrate() {
    Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
  }

  @Test
  void seedsTheSevenProvidersOfThePolicyInTheirTwoGroups() throws SQLException {
    List<String> names = strings("SELECT name FROM sub_processor ORDER BY group_code, sort_order");
    assertEquals(
        List.of("OVHCloud SAS", "Amazon Web Services, Inc.", "PostHog", "Cloudflare", "Flutterwave",
            "NotchPay LTD", "Stripe", "CloudFlare"),
        names);
    assertEquals(7, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count());
    assertEquals(List.of("A", "A", "A", "A", "B", "B", "B", "B"),
        strings("SELECT group_code FROM sub_processor ORDER BY group_code, sort_order"));
  }

  @Test
  void seedsThePolicyPeriods() throws SQLException {
    assertEquals("3 YEARS", period("CANDIDATE_NOT_HIRED"));
    assertEquals("12 MONTHS", period("BROWSER_LOG"));
    assertEquals("7 DAYS", period("SESSION_IDLE"));
    assertEquals("3 MONTHS", period("SESSION_MAX"));
    assertEquals("4 MONTHS", period("ENTERPRISE_DB"));
    assertEquals("1 MONTHS", period("RECORDING"));
    assertEquals("12 MONTHS", period("BACKUP"));
    assertEquals(List.of("2024-05-03"), strings("SELECT CAST(effective_date AS VARCHAR(10)) FROM policy_version"));
  }

  @Test
  void refusesAPeriodLongerThanThePolicyAllows() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertThrowsSql(() -> s.executeUpdate("UPDATE retention_rule SET amount = 13 WHERE code = 'BROWSER_LOG'"));
    }
  }

  @Test
  void hasNoColumnForCardNumbersOrSpecialCategories() throws SQLException {
    Pattern forbidden = Pattern.compile(
        "card|pan$|cvv|cvc|iban_card|ethnic|racial|race|politic|relig|belief|union|sexual|sex_life|health");
    for (String column : strings("SELECT table_name || '.' || column_name FROM information_schema.columns"
        + " WHERE table_schema = 'public'")) {
      assertFalse(forbidden.matcher(column).find(), "forbidden column " + column);
    }
  }

  @Test
  void everyTenantContentTableIsBoundToItsTenant() throws SQLException {
    for (String table : List.of("tenant_customer", "tenant_employee", "tenant_media", "session_recording")) {
      assertEquals(List.of("NO"), strings("SELECT is_nullable FROM information_schema.columns"
          + " WHERE table_name = '" + table + "' AND column_name = 'tenant_id'"), table);
    }
  }

  @Test
  void indexesTheColumnsTheSweepsWalk() throws SQLException {
    List<String> indexed = strings("SELECT index_name FROM information_schema.indexes");
    for (String ix : List.of("browser_log_visited_ix", "server_session_activity_ix",
        "server_session_created_ix", "session_recording_recorded_ix", "candidate_contact_ix",
        "invoice_hold_ix", "tenant_last_used_ix", "outbox_due_ix", "export_file_expires_ix")) {
      assertTrue(indexed.contains(ix), "missing index " + ix);
    }
  }

  private static String period(String code) throws SQLException {
    return strings("SELECT amount || ' ' || unit FROM retention_rule WHERE code = '" + code + "'").get(0);
  }

  private static List<String> strings(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  private static void assertThrowsSql(SqlAction action) {
    try {
      action.run();
    } catch (SQLException expected) {
      return;
    }
    throw new AssertionError("expected the database to refuse the statement");
  }
}
