package com.genuka.privacy.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the retention tests share: placing the server's day, running a sweep the way an admin does
 * (the "run now" button, then the run history), and creating their own rows.
 *
 * <p>The tests place "now" years in the past: everything the demo data and the other tests hold is
 * then in the future and no sweep touches it, while each test's own rows sit on its boundaries.
 */
final class Retention {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private Retention() {}

  /** 10:00 in Paris on {@code day}: after the day's scheduled sweeps, well inside the day. */
  static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
  }

  /** Noon in Paris on {@code day}. */
  static Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
  }

  static PortalClient admin(String language) {
    PortalClient client = PortalClient.speaking(language);
    client.login(DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    return client;
  }

  /** Places the server on {@code day} and has an admin run the sweep; returns the finished run's id. */
  static long runOn(LocalDate day, String rule) {
    TestClock.travelTo(at(day));
    return runNow(admin("en"), rule);
  }

  /** Presses "run now" for {@code rule} and waits for the run to end; returns its id. */
  static long runNow(PortalClient admin, String rule) {
    long before = ((Number) Db.value("SELECT COALESCE(MAX(id), 0) FROM sweep_run")).longValue();
    for (int attempt = 0; ; attempt++) {
      Page page = admin.get("/admin/retention.xhtml");
      assertEquals(200, page.status(), page.mainText());
      Page started = admin.submit(page, "run", Map.of("rule", rule), "start");
      String said = started.doc().select("#messages").text();
      if (said.contains("has started") || said.contains("est lancé")) {
        return awaitRun(rule, before);
      }
      // The previous run's last step is done but it has not let go of the sweep yet: as an admin would, try again.
      assertTrue((said.contains("already running") || said.contains("déjà en cours")) && attempt < 20, said);
      sleep(100);
    }
  }

  /** Waits for the first run of {@code rule} after run {@code afterId} to end. */
  static long awaitRun(String rule, long afterId) {
    return awaitRun(rule, afterId, It.PATIENCE.multipliedBy(2));
  }

  static long awaitRun(String rule, long afterId, java.time.Duration patience) {
    long deadline = System.currentTimeMillis() + patience.toMillis();
    while (System.currentTimeMillis() < deadline) {
      List<Map<String, Object>> rows = Db.rows("SELECT id, status FROM sweep_run WHERE rule_code = ? AND id > ?"
          + " ORDER BY id", rule, afterId);
      if (!rows.isEmpty() && !"RUNNING".equals(rows.get(0).get("status"))) {
        return ((Number) rows.get(0).get("id")).longValue();
      }
      sleep(200);
    }
    throw new AssertionError("the " + rule + " sweep did not end");
  }

  static String status(long run) {
    return (String) Db.value("SELECT status FROM sweep_run WHERE id = ?", run);
  }

  static long rowsDeleted(long run) {
    return ((Number) Db.value("SELECT rows_deleted FROM sweep_run WHERE id = ?", run)).longValue();
  }

  static long tombstoneRows(long run) {
    return ((Number) Db.value("SELECT COALESCE(SUM(row_count), 0) FROM tombstone WHERE run_id = ?", run)).longValue();
  }

  static boolean exists(String table, long id) {
    return Db.count("SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 1;
  }

  private static final List<Long> COMPANIES = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** The tests' days all fall before this: what a test left dated earlier is its own. */
  static final Instant TESTS_END = Instant.parse("2022-01-01T00:00:00Z");

  /** A company of its own, so that no test leans on demo rows; {@link #cleanUp()} removes it. */
  static long tenant(String plan, boolean ownDatabase, Instant lastUsed) {
    long id = Db.insert("INSERT INTO tenant (name, plan, own_database, billing_country, created_at, last_used_at)"
        + " VALUES (?, ?, ?, 'FR', ?, ?)", "Retention IT " + UUID.randomUUID().toString().substring(0, 8), plan,
        ownDatabase, lastUsed, lastUsed);
    COMPANIES.add(id);
    return id;
  }

  /**
   * Removes the tests' companies with everything they hold, and the page views and sessions the
   * admin left at the tests' dates, so that the shared database holds the demo data and only it.
   */
  static void cleanUp() {
    for (Long t : COMPANIES) {
      for (String table : List.of("tenant_customer", "tenant_employee", "tenant_media", "invoice", "session_recording",
          "privacy_request")) {
        Db.update("DELETE FROM " + table + " WHERE tenant_id = ?", t);
      }
      Db.update("DELETE FROM browser_log WHERE tenant_id = ? OR user_id IN (SELECT id FROM user_account WHERE tenant_id = ?)", t, t);
      Db.update("DELETE FROM user_account WHERE tenant_id = ?", t);
      Db.update("DELETE FROM tenant WHERE id = ?", t);
    }
    COMPANIES.clear();
    Db.update("DELETE FROM browser_log WHERE visited_at < ?", TESTS_END);
    Db.update("DELETE FROM server_session WHERE created_at < ?", TESTS_END);
    // Runs dated years back would tell the catch-up after any later restart of the shared server
    // that every sweep missed its runs since: it would then run them all, on today's real data.
    Db.update("DELETE FROM tombstone WHERE run_id IN (SELECT id FROM sweep_run WHERE started_at < ?)", TESTS_END);
    Db.update("DELETE FROM sweep_run WHERE started_at < ?", TESTS_END);
  }

  /** Well formed, but the hash of no password: these accounts never log in. */
  private static final String UNUSABLE_HASH = "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:"
      + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";

  /** An account of that company. */
  static long account(long tenantId, boolean companyAdmin, String email, String locale) {
    return Db.insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, locale,"
        + " tenant_admin, unsubscribe_token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), tenantId, email, UNUSABLE_HASH, "Retention Tester", locale, companyAdmin,
        UUID.randomUUID().toString(), Instant.parse("2010-01-01T00:00:00Z"));
  }

  static String subjectRef(long accountId) {
    return (String) Db.value("SELECT subject_ref FROM user_account WHERE id = ?", accountId);
  }

  static String email() {
    return "retention-" + UUID.randomUUID().toString().substring(0, 12) + "@it.genuka.local";
  }

  /** Where the test server keeps generated export files (genuka.export.dir's default). */
  static Path exportDir() {
    Path log = Path.of(System.getProperty("it.server.log"));
    return log.getParent().getParent().resolve("exports");
  }

  static void faults(String query) {
    Page page = new PortalClient("en").put("/api/test/retention/faults?" + query);
    assertEquals(200, page.status(), page.body());
  }

  static void clearFaults() {
    new PortalClient("en").delete("/api/test/retention/faults");
  }

  /** Runs the catch-up that follows a server start; returns the ids of the runs it made. */
  static List<Long> catchUp() {
    Page page = new PortalClient("en").postRaw("/api/test/retention/catch-up", "text/plain", "");
    assertEquals(200, page.status(), page.body());
    return page.body().isBlank() ? List.of() : page.body().lines().map(Long::parseLong).toList();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
