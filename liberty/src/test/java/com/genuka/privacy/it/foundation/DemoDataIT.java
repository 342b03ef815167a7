package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo data gives every page something real to show, on PostgreSQL as on the embedded database:
 * what is already past its day when it is loaded is deleted by the first start's sweeps.
 */
class DemoDataIT {

  /** The demo's companies: other tests add (and delete) companies of their own in the shared database. */
  private static final String DEMO_TENANTS =
      "(SELECT tenant_id FROM user_account WHERE email LIKE '%@" + com.genuka.privacy.demo.control.DemoAccounts.DOMAIN + "')";

  @Test
  void twoPayingCustomersOnDifferentPlans() {
    assertEquals(List.of("ENTERPRISE", "LIGHT", "PRO"),
        Db.rows("SELECT DISTINCT plan FROM tenant ORDER BY plan").stream().map(r -> r.get("plan")).toList());
    assertEquals(1, Db.count("SELECT COUNT(*) FROM tenant WHERE plan = 'ENTERPRISE' AND own_database AND id IN " + DEMO_TENANTS));
  }

  @Test
  void browserLogsSpreadOverTheTwelveMonthsTheyAreKept() {
    awaitFirstRun("BROWSER_LOG");
    // the demo's rows, not the page views of tests (which come from loopback, some with the clock moved)
    long days = Db.count("SELECT CAST(EXTRACT(DAY FROM MAX(visited_at) - MIN(visited_at)) AS BIGINT) FROM browser_log"
        + " WHERE ip_address NOT IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')");
    assertTrue(days >= 330 && days <= 366, "span in days: " + days);
  }

  /**
   * Issue 10, items 3 and 5: the demo writes 18 months of visits and six weeks of recordings; the
   * first start does not keep what is past its day until the next 03:00, it deletes it at once, and
   * each person whose visits went can see it on their page.
   */
  @Test
  void theFirstStartDeletesWhatIsPastItsDayAndEachPersonSeesItInTheBackups() {
    long run = awaitFirstRun("BROWSER_LOG");
    assertTrue(((Number) Db.value("SELECT rows_deleted FROM sweep_run WHERE id = ?", run)).longValue() > 100,
        "the demo's visits past the 12-month limit went at the first start");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM browser_log WHERE visited_at < now() - INTERVAL '12 months'"
        + " - INTERVAL '2 days' AND ip_address NOT IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')"));
    awaitFirstRun("RECORDING");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM session_recording WHERE recorded_at < now() - INTERVAL '1 month'"
        + " - INTERVAL '2 days' AND storage_key LIKE 'posthog:rec_%'"));
    long share = Db.count("SELECT COALESCE(SUM(s.row_count), 0) FROM tombstone_subject s JOIN tombstone t"
        + " ON t.id = s.tombstone_id JOIN user_account u ON u.subject_ref = s.subject_ref"
        + " WHERE t.run_id = ? AND u.email = ?", run, DemoAccounts.LIGHT_OWNER.email());
    assertTrue(share > 50, "the batch's tombstone names Ibrahim with his share of it: " + share);

    PortalClient ibrahim = PortalClient.english();
    ibrahim.login(DemoAccounts.LIGHT_OWNER.email(), DemoAccounts.LIGHT_OWNER.password());
    Page data = ibrahim.get("/customer/data.xhtml");
    assertEquals(200, data.status());
    assertTrue(data.doc().select("#no-backups").isEmpty(), data.mainText());
    assertTrue(data.doc().select("#all-in-backups tbody tr").stream()
            .anyMatch(r -> r.text().startsWith("Browser data") && r.text().contains(" " + share + " ")),
        data.doc().select("#all-in-backups").text());
  }

  /** The first run of a sweep, which the start-up makes shortly after the demo data is in. */
  private static long awaitFirstRun(String rule) {
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      var rows = Db.rows("SELECT id, status, trigger_kind, missed_runs FROM sweep_run WHERE rule_code = ?"
          + " ORDER BY id LIMIT 1", rule);
      if (!rows.isEmpty() && !"RUNNING".equals(rows.get(0).get("status"))) {
        assertEquals(List.of("SUCCEEDED", "CATCH_UP", 0), List.of(rows.get(0).get("status"),
            rows.get(0).get("trigger_kind"), ((Number) rows.get(0).get("missed_runs")).intValue()),
            "the first run of " + rule + " is the start-up's");
        return ((Number) rows.get(0).get("id")).longValue();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no run of " + rule + " after the start");
  }

  @Test
  void recordingsOfTheLastMonth() {
    awaitFirstRun("RECORDING");
    long days = Db.count("SELECT CAST(EXTRACT(DAY FROM MAX(recorded_at) - MIN(recorded_at)) AS BIGINT) FROM session_recording"
        + " WHERE storage_key LIKE 'posthog:rec_%'");
    assertTrue(days >= 25 && days <= 31, "the demo writes six weeks, the first start keeps one month: " + days);
  }

  @Test
  void candidatesInEveryState() {
    assertEquals(List.of("APPLIED", "HIRED", "INTERVIEWING", "OFFER", "REJECTED", "WITHDRAWN"),
        Db.rows("SELECT DISTINCT state FROM candidate ORDER BY state").stream().map(r -> r.get("state")).toList());
  }

  @Test
  void requestsInSeveralStatesAndChannels() {
    assertTrue(Db.count("SELECT COUNT(DISTINCT status) FROM privacy_request") >= 5);
    assertTrue(Db.count("SELECT COUNT(DISTINCT channel) FROM privacy_request") == 4);
  }

  @Test
  void tenantContentAndInvoicesForEachCompany() {
    assertEquals(0, Db.count("SELECT COUNT(*) FROM tenant t WHERE t.id IN " + DEMO_TENANTS + " AND NOT EXISTS"
        + " (SELECT 1 FROM tenant_customer c WHERE c.tenant_id = t.id)"));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM tenant t WHERE t.id IN " + DEMO_TENANTS + " AND NOT EXISTS"
        + " (SELECT 1 FROM invoice i WHERE i.tenant_id = t.id)"));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM invoice WHERE legal_hold_until < issued_on + INTERVAL '10 years'"),
        "FR and CM billing records are held ten years");
  }

  @Test
  void passwordsAreStoredAsPbkdf2Hashes() {
    for (var row : Db.rows("SELECT password_hash FROM user_account")) {
      String hash = (String) row.get("password_hash");
      assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
    }
  }
}
