package com.genuka.privacy.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.genuka.privacy.it.engines.TestServer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.TestClock;
import com.genuka.privacy.retention.control.SweepSchedule;
import com.genuka.privacy.retention.control.Sweeps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real thing: the server is killed and started again, and a sweep whose daily runs were missed
 * for three days runs once, by itself, shortly after the start, not three times; a sweep that has
 * never run (new in this version) runs then too, rather than keep what is past its day until its
 * first scheduled time.
 */
class CatchUpAfterRestartIT {

  @AfterEach
  void cleanUp() {
    Retention.cleanUp();
  }

  @Test
  void aSweepThatMissedThreeDailyRunsRunsOnceWhenTheServerIsBack() throws IOException {
    Instant now = Instant.now();
    SweepSchedule schedule = new SweepSchedule(3, Sweeps.minuteOf("EXPORT_FILE"), Retention.ZONE);
    Instant lastRun = schedule.lastOccurrence(now).minus(Duration.ofDays(3)).plusSeconds(1);
    Db.update("DELETE FROM tombstone WHERE run_id IN (SELECT id FROM sweep_run WHERE rule_code = 'EXPORT_FILE')");
    Db.update("DELETE FROM sweep_run WHERE rule_code = 'EXPORT_FILE'");
    Db.insert("INSERT INTO sweep_run (rule_code, trigger_kind, started_at, finished_at, status) VALUES"
        + " ('EXPORT_FILE', 'SCHEDULED', ?, ?, 'SUCCEEDED')", lastRun, lastRun.plusSeconds(1));
    // An access copy whose life ended while the server was down.
    long tenant = Retention.tenant("PRO", false, now);
    long user = Retention.account(tenant, false, Retention.email(), "en");
    long request = Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
        + " subject_user_id, tenant_id, locale, received_at, due_date, original_due_date, created_at)"
        + " VALUES (?, 'ACCESS', 'COMPLETED', 'PORTAL', 'CUSTOMER', ?, ?, ?, 'en', ?, CURRENT_DATE, CURRENT_DATE, ?)",
        "IT-" + UUID.randomUUID().toString().substring(0, 10), Retention.subjectRef(user), user, tenant,
        now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(20)));
    Path file = Files.writeString(Files.createDirectories(Retention.exportDir())
        .resolve("it-catch-up-" + UUID.randomUUID() + ".zip"), "PK");
    long export = Db.insert("INSERT INTO export_file (request_id, kind, status, storage_path, created_at, ready_at)"
        + " VALUES (?, 'SUBJECT', 'READY', ?, ?, ?)", request, file.getFileName().toString(),
        now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(9)));
    // A sweep that has never run: its rule is new to this server.
    Db.update("DELETE FROM tombstone WHERE run_id IN (SELECT id FROM sweep_run WHERE rule_code = 'RECORDING')");
    Db.update("DELETE FROM sweep_run WHERE rule_code = 'RECORDING'");
    long recording = Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds,"
        + " page_count, masked_fields, storage_key) VALUES (?, ?, ?, 30, 2, 'password', 'posthog/it/never-ran')",
        tenant, user, now.minus(Duration.ofDays(40)));
    long before = ((Number) Db.value("SELECT COALESCE(MAX(id), 0) FROM sweep_run")).longValue();

    TestClock.reset();
    TestServer.kill();
    TestServer.start();

    // The catch-up starts shortly after the application does (1 s on the test server, 20 s by default).
    long run = Retention.awaitRun("EXPORT_FILE", before, Duration.ofSeconds(120));
    Map<String, Object> row = Db.rows("SELECT trigger_kind, status, missed_runs FROM sweep_run WHERE id = ?", run).get(0);
    assertEquals(List.of("CATCH_UP", "SUCCEEDED", 3), List.copyOf(row.values()));
    assertFalse(Files.exists(file), "the file whose life ended is gone");
    assertEquals("EXPIRED", Db.value("SELECT status FROM export_file WHERE id = ?", export));
    long first = Retention.awaitRun("RECORDING", before, Duration.ofSeconds(60));
    assertEquals(List.of("CATCH_UP", "SUCCEEDED", 0), List.copyOf(Db.rows("SELECT trigger_kind, status, missed_runs"
        + " FROM sweep_run WHERE id = ?", first).get(0).values()), "the sweep that never ran ran at the start");
    assertFalse(Retention.exists("session_recording", recording), "its recording past its day is gone");
    Retention.sleep(3000);
    assertEquals(1, Db.count("SELECT COUNT(*) FROM sweep_run WHERE id > ? AND rule_code = 'EXPORT_FILE'", before),
        "once, not once per missed day");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM sweep_run WHERE id > ? AND rule_code NOT IN ('EXPORT_FILE',"
        + " 'RECORDING')", before), "the sweeps that ran before and missed nothing did not run");
  }
}
