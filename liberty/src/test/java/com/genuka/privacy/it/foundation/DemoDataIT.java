package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo data gives every page something real to show, on PostgreSQL as on the embedded database. */
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
  void browserLogsSpreadOverEighteenMonths() {
    // the demo's rows, not the page views of tests (which come from loopback, some with the clock moved)
    long days = Db.count("SELECT CAST(EXTRACT(DAY FROM MAX(visited_at) - MIN(visited_at)) AS BIGINT) FROM browser_log"
        + " WHERE ip_address NOT IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')");
    assertTrue(days >= 500 && days <= 560, "span in days: " + days);
    assertTrue(Db.count("SELECT COUNT(*) FROM browser_log WHERE visited_at < now() - INTERVAL '12 months'"
        + " AND ip_address <> '127.0.0.1'") > 100,
        "some past the 12-month limit, for the sweep to find");
  }

  @Test
  void recordingsOverSixWeeks() {
    long days = Db.count("SELECT CAST(EXTRACT(DAY FROM MAX(recorded_at) - MIN(recorded_at)) AS BIGINT) FROM session_recording"
        + " WHERE storage_key LIKE 'posthog:rec_%'");
    assertTrue(days >= 35 && days <= 45, "span in days: " + days);
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
