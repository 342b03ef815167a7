package com.genuka.privacy.it.retention;

import static com.genuka.privacy.it.retention.Retention.noon;
import static com.genuka.privacy.it.retention.Retention.runOn;
import static com.genuka.privacy.it.retention.Retention.status;
import static com.genuka.privacy.it.retention.Retention.tombstoneRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What must hold when things go wrong: a sweep that crashes half-way has deleted only whole
 * batches, each with its tombstones, and the next run finishes the work; a server that was down
 * for days catches up once, not once per missed day; the runs are counted in the metrics.
 */
class SweepRobustnessIT {

  @AfterEach
  void reset() {
    Retention.clearFaults();
    TestClock.reset();
    Retention.cleanUp();
  }

  @Test
  void aSweepInterruptedHalfWayIsCompletedByTheNextRun() {
    long tenant = Retention.tenant("LIGHT", false, Instant.parse("2010-01-01T00:00:00Z"));
    long user = Retention.account(tenant, false, Retention.email(), "en");
    LocalDate d = LocalDate.of(2011, 6, 15);
    for (int i = 0; i < 45; i++) {
      visit(tenant, user, Instant.parse("2010-06-01T00:00:00Z").plusSeconds(3600L * i));
    }
    long live = visit(tenant, user, noon(d.minusDays(1)));
    Retention.faults("rule=BROWSER_LOG&crashAtBatch=3&batchSize=10");

    long crashed = runOn(d, "BROWSER_LOG");
    assertEquals("FAILED", status(crashed));
    assertEquals(2, ((Number) Db.value("SELECT batches FROM sweep_run WHERE id = ?", crashed)).intValue());
    assertEquals(20, Retention.rowsDeleted(crashed), "two whole batches of ten");
    assertEquals(20, tombstoneRows(crashed), "and their tombstones, none for the batch that crashed");
    long left = Db.count("SELECT COUNT(*) FROM browser_log WHERE user_id = ? AND visited_at < ?", user, noon(d.minusMonths(12)));
    assertTrue(left > 0 && left < 45, "interrupted half-way: " + left + " of 45 left");
    Page page = Retention.admin("en").get("/admin/retention.xhtml");
    Element row = page.doc().getElementById("run-" + crashed);
    assertTrue(row.select(".status").text().contains("Failed"), row.text());
    assertTrue(row.select(".notes").text().contains("simulated crash in batch 3"), row.text());

    long next = runOn(d, "BROWSER_LOG");
    assertEquals("SUCCEEDED", status(next));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM browser_log WHERE user_id = ? AND visited_at < ?", user,
        noon(d.minusMonths(12))), "the next run finished the work");
    assertTrue(Retention.exists("browser_log", live));
    assertEquals(Retention.rowsDeleted(next), tombstoneRows(next));
    assertTrue(Retention.rowsDeleted(next) >= left);
  }

  @Test
  void aServerDownForFiveDaysCatchesUpOnceWhenItStarts() {
    long tenant = Retention.tenant("LIGHT", false, Instant.parse("2009-01-01T00:00:00Z"));
    long user = Retention.account(tenant, false, Retention.email(), "en");
    LocalDate down = LocalDate.of(2010, 3, 5);
    LocalDate restart = LocalDate.of(2010, 3, 10);
    // The last daily run before the server went down, at 03:10 (the browser log's time).
    Instant lastRun = down.atTime(LocalTime.of(3, 10)).atZone(Retention.ZONE).toInstant();
    Db.insert("INSERT INTO sweep_run (rule_code, trigger_kind, started_at, finished_at, status, run_day)"
        + " VALUES ('BROWSER_LOG', 'SCHEDULED', ?, ?, 'SUCCEEDED', ?)", lastRun, lastRun.plusSeconds(2), down);
    long due = visit(tenant, user, noon(restart.minusMonths(12).minusDays(2)));
    long notYet = visit(tenant, user, noon(restart.minusMonths(12).plusDays(1)));

    TestClock.travelTo(Retention.at(restart));
    List<Long> runs = Retention.catchUp();
    assertEquals(1, runs.size(), "one run for the five days missed, and only the sweep that missed them: " + runs);
    long run = runs.get(0);
    assertEquals(List.of("BROWSER_LOG", "CATCH_UP", "SUCCEEDED", 5), Db.rows("SELECT rule_code, trigger_kind, status,"
        + " missed_runs FROM sweep_run WHERE id = ?", run).get(0).values().stream().toList());
    assertTrue(!Retention.exists("browser_log", due) && Retention.exists("browser_log", notYet));
    assertEquals(List.of(), Retention.catchUp(), "a second start the same day has nothing to catch up");

    Page page = Retention.admin("en").get("/admin/retention.xhtml");
    Element row = page.doc().getElementById("run-" + run);
    assertTrue(row.select(".trigger").text().contains("Catch-up after a restart"), row.text());
    assertTrue(row.select(".trigger").text().contains("stood in for 5 missed runs"), row.text());
  }

  @Test
  void everySweepHasItsDailyPersistentTimer() {
    Page page = Retention.admin("en").get("/admin/retention.xhtml");
    assertEquals(10, page.doc().select("#sweeps tbody tr").size(), "nine rules R-T1..R-T9 and closed companies");
    assertTrue(page.doc().select("#sweeps .next-run .badge-overdue").isEmpty(),
        "every sweep has a timer: " + page.doc().select("#sweeps .next-run").text());
    // Liberty keeps them in the application's database (persistent timers).
    long stored = Db.count("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) LIKE 'wlp%'");
    assertTrue(stored > 0, "Liberty's timer tables are in the application's database");
  }

  @Test
  void rowsDeletedAndDurationArePublishedAsMetrics() {
    long tenant = Retention.tenant("LIGHT", false, Instant.parse("2010-01-01T00:00:00Z"));
    long user = Retention.account(tenant, false, Retention.email(), "en");
    LocalDate d = LocalDate.of(2011, 9, 20);
    Retention.account(tenant, false, Retention.email(), "en");
    Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
        + " masked_fields, storage_key) VALUES (?, ?, ?, 30, 1, '', 'posthog/it/m')", tenant, user, noon(d.minusMonths(2)));
    long run = runOn(d, "RECORDING");
    assertTrue(Retention.rowsDeleted(run) >= 1);
    String metrics = new PortalClient("en").get("/metrics?scope=application").body();
    assertTrue(metrics.lines().anyMatch(l -> l.startsWith("retention_sweep_rows_deleted_total") && l.contains("rule=\"RECORDING\"")),
        metrics);
    assertTrue(metrics.lines().anyMatch(l -> l.startsWith("retention_sweep_duration_seconds") && l.contains("rule=\"RECORDING\"")),
        metrics);
  }

  private static long visit(long tenant, long user, Instant at) {
    return Db.insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, path)"
        + " VALUES (?, ?, ?, '198.51.100.4', '/it/robustness')", tenant, user, at);
  }
}
