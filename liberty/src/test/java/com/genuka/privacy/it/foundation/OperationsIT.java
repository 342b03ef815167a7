package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import org.junit.jupiter.api.Test;

/** What operations look at: health, metrics, OpenAPI, and that the migrations ran on PostgreSQL. */
class OperationsIT {

  private final PortalClient client = PortalClient.english();

  @Test
  void readinessReportsTheDatabaseAndTheMigrations() {
    Page ready = client.get("/health/ready");
    assertEquals(200, ready.status());
    assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    assertTrue(ready.body().contains("\"migrated\":true"), ready.body());
    assertTrue(ready.body().contains("\"reachable\":true"), ready.body());
  }

  @Test
  void theMigrationsRanOnceOnPostgresql() {
    assertEquals("PostgreSQL", String.valueOf(Db.value("SELECT 'PostgreSQL' WHERE version() LIKE 'PostgreSQL%'")));
    long applied = Db.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
    assertTrue(applied >= 3, "migrations applied: " + applied);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));
  }

  @Test
  void metricsAndOpenApiAreServed() {
    Page metrics = client.get("/metrics");
    assertEquals(200, metrics.status());
    assertTrue(metrics.body().contains("jvm") || metrics.body().contains("memory"), "metrics body");
    Page openapi = client.get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/registers/subprocessors"), openapi.body());
  }

  @Test
  void testsCanPlaceTheServersClock() {
    java.time.Instant target = java.time.Instant.parse("2027-01-31T10:00:00Z");
    try {
      java.time.Instant now = com.genuka.privacy.it.support.TestClock.travelTo(target);
      assertTrue(java.time.Duration.between(target, now).abs().getSeconds() < 5, now.toString());
    } finally {
      com.genuka.privacy.it.support.TestClock.reset();
    }
    assertTrue(java.time.Duration.between(java.time.Instant.now(), com.genuka.privacy.it.support.TestClock.now()).abs().getSeconds() < 5);
  }

  @Test
  void persistentTimersLiveInTheApplicationsDatabase() {
    assertTrue(Db.count("SELECT COUNT(*) FROM information_schema.tables WHERE lower(table_name) LIKE 'wlp%'") > 0,
        "Liberty keeps the retention sweeps' persistent timers in the application's PostgreSQL database");
  }

  @Test
  void theRegistersAreAlsoPublishedAsJson() {
    Page json = client.get("/api/registers/subprocessors");
    assertEquals(200, json.status());
    assertTrue(json.body().contains("\"name\":\"NotchPay LTD\""), json.body());
    assertTrue(client.get("/api/registers/retention").body().contains("\"code\":\"BROWSER_LOG\""));
  }
}
