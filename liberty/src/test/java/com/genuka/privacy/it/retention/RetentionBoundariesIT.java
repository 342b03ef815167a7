package com.genuka.privacy.it.retention;

import static com.genuka.privacy.it.retention.Retention.account;
import static com.genuka.privacy.it.retention.Retention.at;
import static com.genuka.privacy.it.retention.Retention.exists;
import static com.genuka.privacy.it.retention.Retention.noon;
import static com.genuka.privacy.it.retention.Retention.runOn;
import static com.genuka.privacy.it.retention.Retention.status;
import static com.genuka.privacy.it.retention.Retention.tombstoneRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every rule at its boundary, on PostgreSQL: rows whose deletion day is the day before, the day
 * of and the day after a given day, and the rule's sweep run by an admin on each of those three
 * days. Each row goes on its own day, not a day earlier, not a day later, and each run's
 * tombstones add up to what it deleted.
 */
class RetentionBoundariesIT {

  private long tenant;
  private long user;
  private final List<String> cleanup = new ArrayList<>();

  @BeforeEach
  void company() {
    tenant = Retention.tenant("PRO", false, Instant.parse("2010-01-01T00:00:00Z"));
    user = account(tenant, false, Retention.email(), "en");
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
    cleanup.forEach(Db::update);
    Retention.cleanUp();
  }

  /** Runs the sweep on D-1, D and D+1; {@code rows[i]} is due on D-1+i. */
  private List<Long> threeDays(String rule, LocalDate d, String table, long... rows) {
    List<Long> runs = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      long run = runOn(d.plusDays(day - 1L), rule);
      assertEquals("SUCCEEDED", status(run), rule + " on " + d.plusDays(day - 1L));
      assertEquals(Retention.rowsDeleted(run), tombstoneRows(run), "the tombstones of run " + run + " add up");
      for (int i = 0; i < rows.length; i++) {
        boolean due = i <= day;
        assertEquals(!due, exists(table, rows[i]),
            table + " row due on " + d.plusDays(i - 1L) + ", run on " + d.plusDays(day - 1L));
      }
      runs.add(run);
    }
    return runs;
  }

  @Test
  void theBrowserLogGoesTwelveMonthsAfterTheVisit() {
    LocalDate d = LocalDate.of(2012, 6, 15);
    long[] visits = new long[3];
    for (int i = 0; i < 3; i++) {
      visits[i] = Db.insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, platform, path)"
          + " VALUES (?, ?, ?, '192.0.2.7', 'Firefox 128', 'Linux', '/it/retention')", tenant, user,
          noon(d.plusDays(i - 1L).minusMonths(12)));
    }
    List<Long> runs = threeDays("BROWSER_LOG", d, "browser_log", visits);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM tombstone WHERE run_id = ? AND subject_ref IS NOT NULL", runs.get(1)),
        "the browser log's tombstones count visits, they name no one");
    assertEquals(LocalDate.of(2013, 6, 15), Db.value("SELECT MIN(leaves_backups_on) FROM tombstone WHERE run_id = ?",
        runs.get(1)) instanceof java.sql.Date date ? date.toLocalDate() : null, "12 more months in the backups (R-T7)");
  }

  @Test
  void aServerSessionGoesSevenDaysAfterItsLastActivity() {
    LocalDate d = LocalDate.of(2012, 9, 15);
    long[] sessions = new long[3];
    for (int i = 0; i < 3; i++) {
      LocalDate last = d.plusDays(i - 1L).minusDays(7);
      sessions[i] = session(noon(last.minusDays(3)), noon(last));
    }
    List<Long> runs = threeDays("SESSION_IDLE", d, "server_session", sessions);
    assertEquals(List.of(Retention.subjectRef(user)), Db.rows("SELECT subject_ref FROM tombstone WHERE run_id = ?",
        runs.get(1)).stream().map(r -> r.get("subject_ref")).toList(), "the person's own page can tell them it left");
  }

  @Test
  void aServerSessionInUseGoesThreeMonthsAfterItWasOpened() {
    LocalDate d = LocalDate.of(2013, 1, 15);
    long[] sessions = new long[3];
    for (int i = 0; i < 3; i++) {
      sessions[i] = session(noon(d.plusDays(i - 1L).minusMonths(3)), at(d.plusDays(5)));
    }
    threeDays("SESSION_MAX", d, "server_session", sessions);
  }

  @Test
  void aRecordingGoesOneCalendarMonthAfterItWasMade() {
    // 28 February 2014 is a month after 28, 29, 30 and 31 January alike.
    LocalDate d = LocalDate.of(2014, 2, 28);
    long before = recording(LocalDate.of(2014, 1, 27));
    long on = recording(LocalDate.of(2014, 1, 28));
    long on31 = recording(LocalDate.of(2014, 1, 31));
    long after = recording(LocalDate.of(2014, 2, 1));
    threeDays("RECORDING", d, "session_recording", before, on, after);
    assertFalse(exists("session_recording", on31));
  }

  @Test
  void aCandidateNotHiredGoesThreeYearsAfterTheLastContactAndAtOnceOnObjection() {
    LocalDate d = LocalDate.of(2015, 5, 15);
    long[] candidates = new long[3];
    for (int i = 0; i < 3; i++) {
      candidates[i] = candidate("REJECTED", noon(d.plusDays(i - 1L).minusYears(3)));
    }
    long objected = candidate("WITHDRAWN", noon(d.minusDays(20)));
    Db.update("UPDATE candidate SET objected_to_retention = TRUE WHERE id = ?", objected);
    long hired = candidate("HIRED", noon(d.minusYears(10)));
    String objectedRef = (String) Db.value("SELECT subject_ref FROM candidate WHERE id = ?", objected);
    List<Long> runs = threeDays("CANDIDATE_NOT_HIRED", d, "candidate", candidates);
    assertFalse(exists("candidate", objected), "an objection is honoured at the first run");
    assertEquals(1, Db.count("SELECT COUNT(*) FROM tombstone WHERE run_id = ? AND subject_ref = ?", runs.get(0), objectedRef));
    assertTrue(exists("candidate", hired), "hired candidates follow R-T2");
  }

  @Test
  void aHiredCandidateGoesAfterTheContractAndTheCountrysStatutoryPeriod() {
    LocalDate d = LocalDate.of(2016, 5, 15);
    long[] candidates = new long[3];
    for (int i = 0; i < 3; i++) {
      candidates[i] = hired("FR", d.plusDays(i - 1L).minusYears(5));
    }
    long noPeriod = hired("DE", d.minusYears(20));
    long underContract = hired("CM", null);
    threeDays("CANDIDATE_HIRED", d, "candidate", candidates);
    assertTrue(exists("candidate", noPeriod), "no statutory period for the country: kept, and the dry run says so");
    assertTrue(exists("candidate", underContract));
  }

  @Test
  void billingRecordsSurviveTheErasureOfTheAccountUntilTheirLegalHoldEnds() {
    LocalDate d = LocalDate.of(2017, 5, 15);
    long erasedUser = account(tenant, true, Retention.email(), "fr");
    long[] invoices = new long[3];
    for (int i = 0; i < 3; i++) {
      LocalDate holdEnds = d.plusDays(i - 1L);
      invoices[i] = Db.insert("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency,"
          + " description, billing_name, billing_company, billing_email, billing_country, payment_processor,"
          + " processor_reference, legal_hold_until) VALUES (?, ?, ?, ?, 4990, 'EUR', 'PRO plan', 'Erased Person',"
          + " 'Co', 'erased@example.org', 'FR', 'Stripe', 'pi_1', ?)", tenant, erasedUser,
          "IT-" + UUID.randomUUID().toString().substring(0, 12), holdEnds.minusYears(10), holdEnds);
    }
    // What the erasure does to them: the person's fields pseudonymised, the account gone.
    Db.update("UPDATE invoice SET billing_name = 'pseudonymised', billing_email = 'pseudonymised', pseudonymised = TRUE"
        + " WHERE user_id = ?", erasedUser);
    Db.update("DELETE FROM user_account WHERE id = ?", erasedUser);
    assertEquals(3, Db.count("SELECT COUNT(*) FROM invoice WHERE user_id IS NULL AND pseudonymised AND id IN (?, ?, ?)",
        invoices[0], invoices[1], invoices[2]));
    TestClock.travelTo(at(d.minusDays(2)));
    for (String rule : List.of("BROWSER_LOG", "SESSION_IDLE", "RECORDING", "ENTERPRISE_DB")) {
      Retention.runNow(Retention.admin("en"), rule);
    }
    for (long invoice : invoices) {
      assertTrue(exists("invoice", invoice), "the other sweeps leave held invoices alone");
    }
    List<Long> runs = threeDays("BILLING", d, "invoice", invoices);
    assertEquals(tenant, ((Number) Db.value("SELECT tenant_id FROM tombstone WHERE run_id = ? AND rule_code = 'BILLING'",
        runs.get(1))).longValue());
  }

  @Test
  void anExportFileIsDeletedFromDiskAfterItsLife() throws IOException {
    LocalDate d = LocalDate.of(2018, 5, 15);
    long request = Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
        + " subject_user_id, tenant_id, locale, received_at, due_date, original_due_date, created_at)"
        + " VALUES (?, 'ACCESS', 'COMPLETED', 'PORTAL', 'CUSTOMER', ?, ?, ?, 'en', ?, ?, ?, ?)",
        "IT-" + UUID.randomUUID().toString().substring(0, 10), Retention.subjectRef(user), user, tenant,
        noon(d.minusDays(30)), d, d, noon(d.minusDays(30)));
    cleanup.add("DELETE FROM privacy_request WHERE id = " + request);
    Path dir = Files.createDirectories(Retention.exportDir());
    long[] files = new long[3];
    Path[] paths = new Path[3];
    for (int i = 0; i < 3; i++) {
      String name = "it-retention-" + UUID.randomUUID() + ".zip";
      paths[i] = Files.writeString(dir.resolve(name), "PK");
      Instant ready = noon(d.plusDays(i - 1L).minusDays(7));
      files[i] = Db.insert("INSERT INTO export_file (request_id, kind, status, storage_path, size_bytes, created_at,"
          + " ready_at) VALUES (?, 'SUBJECT', 'READY', ?, 2, ?, ?)", request, name, ready, ready);
    }
    for (int day = 0; day < 3; day++) {
      long run = runOn(d.plusDays(day - 1L), "EXPORT_FILE");
      assertEquals("SUCCEEDED", status(run));
      for (int i = 0; i < 3; i++) {
        boolean due = i <= day;
        assertEquals(due, !Files.exists(paths[i]), "file " + i + " on day " + day);
        assertEquals(due ? "EXPIRED" : "READY", Db.value("SELECT status FROM export_file WHERE id = ?", files[i]));
      }
      assertEquals(Retention.rowsDeleted(run), tombstoneRows(run));
    }
    assertEquals(3, Db.count("SELECT COUNT(*) FROM tombstone WHERE request_id = ? AND rule_code = 'EXPORT_FILE'", request));
  }

  private long session(Instant created, Instant lastActivity) {
    return Db.insert("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?, ?, ?, ?)",
        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), user, created, lastActivity);
  }

  private long recording(LocalDate day) {
    return Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
        + " masked_fields, storage_key) VALUES (?, ?, ?, 95, 4, 'password', ?)", tenant, user, noon(day),
        "posthog/it/" + UUID.randomUUID());
  }

  private long candidate(String state, Instant lastContact) {
    long id = Db.insert("INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at,"
        + " last_contact_at, created_at) VALUES (?, 'Retention Candidate', ?, 'Tester', ?, ?, ?, ?)",
        UUID.randomUUID().toString(), Retention.email(), state, lastContact, lastContact, lastContact);
    cleanup.add("DELETE FROM candidate WHERE id = " + id);
    return id;
  }

  private long hired(String country, LocalDate contractEnd) {
    long id = candidate("HIRED", noon(LocalDate.of(2000, 1, 1)));
    Db.update("UPDATE candidate SET employment_country = ?, contract_end = ? WHERE id = ?", country, contractEnd, id);
    return id;
  }
}
