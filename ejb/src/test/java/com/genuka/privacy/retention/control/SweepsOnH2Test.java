package com.genuka.privacy.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweeps' SQL on the embedded database of the default run (H2 in PostgreSQL mode), with the
 * application's own migrations; the integration tests run the same sweeps on PostgreSQL. Each
 * sweep deletes what is due on its day and nothing due the next day, in batches, with tombstones
 * that add up to what it deleted.
 */
class SweepsOnH2Test {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** The day the sweeps run in these tests; its 12-month cutoff is midnight of 27 Nov 2025, Paris. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final Instant NOW = Instant.parse("2026-11-26T02:10:00Z");

  private Connection c;
  private long tenant;
  private long user;
  private String userRef;
  private final List<String> warnings = new ArrayList<>();

  @TempDir Path exportDir;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    c = DriverManager.getConnection(url, "sa", "");
    c.setAutoCommit(false);
    tenant = insert("INSERT INTO tenant (name, plan, own_database, billing_country, created_at, last_used_at)"
        + " VALUES ('Acme', 'ENTERPRISE', TRUE, 'FR', ?, ?)", NOW, NOW);
    userRef = UUID.randomUUID().toString();
    user = account(tenant, userRef, true);
    c.commit();
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  // --- R-T3 --------------------------------------------------------------------------------------

  @Test
  void theBrowserLogGoesTwelveMonthsAfterEachVisitAndNotADayEarlier() throws SQLException {
    long dayOf = visit(Instant.parse("2025-11-26T22:59:59Z")); // 26 Nov 2025 23:59:59 in Paris
    long dayBefore = visit(Instant.parse("2025-11-25T12:00:00Z"));
    long dayAfter = visit(Instant.parse("2025-11-26T23:00:00Z")); // 27 Nov 2025 00:00 in Paris
    long run = run(TimeRangeSweep.browserLog(), ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 100));
    assertFalse(exists("browser_log", dayOf));
    assertFalse(exists("browser_log", dayBefore));
    assertTrue(exists("browser_log", dayAfter), "its period ends tomorrow");
    assertEquals(2, tombstoneRows(run));
    assertEquals(1, count("SELECT COUNT(*) FROM tombstone WHERE run_id = ? AND subject_ref IS NULL", run),
        "one tombstone for the batch, naming no one");
    assertEquals(List.of("2027-11-26"), strings("SELECT DISTINCT CAST(leaves_backups_on AS VARCHAR(10)) FROM tombstone"
        + " WHERE run_id = ?", run), "in the backups 12 more months");
  }

  @Test
  void theBrowserLogsBatchTombstoneNamesEveryPersonItTouchedWithTheirShare() throws SQLException {
    String otherRef = UUID.randomUUID().toString();
    long other = account(tenant, otherRef, false);
    visit(Instant.parse("2025-03-01T10:00:00Z"));
    visit(Instant.parse("2025-03-02T10:00:00Z"));
    insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address) VALUES (?, ?, ?, '192.0.2.7')",
        tenant, other, Instant.parse("2025-03-03T10:00:00Z"));
    insert("INSERT INTO browser_log (visited_at, ip_address) VALUES (?, '203.0.113.9')", Instant.parse("2025-03-04T10:00:00Z"));
    long live = visit(Instant.parse("2026-11-20T10:00:00Z"));
    c.commit();
    long run = run(TimeRangeSweep.browserLog(), ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 100));
    assertEquals(4, tombstoneRows(run));
    assertEquals(List.of(userRef + "=2", otherRef + "=1"), strings("SELECT s.subject_ref || '=' || s.row_count"
        + " FROM tombstone_subject s JOIN tombstone t ON t.id = s.tombstone_id WHERE t.run_id = ?"
        + " ORDER BY s.row_count DESC", run), "each person's share; the anonymous visit names no one");
    assertTrue(exists("browser_log", live));
  }

  /**
   * R-T7 for every sweep over a person's rows: each tombstone it writes names the person, either
   * itself or through a tombstone_subject row, so that their page can show it.
   */
  @Test
  void everySweepsTombstonesLetThePersonFindThem() throws SQLException {
    visit(Instant.parse("2025-03-01T10:00:00Z"));
    session(Instant.parse("2026-11-10T08:00:00Z"), Instant.parse("2026-11-12T08:00:00Z"));
    session(Instant.parse("2026-07-01T08:00:00Z"), Instant.parse("2026-11-26T01:00:00Z"));
    recording(Instant.parse("2026-09-01T10:00:00Z"));
    invoice(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 1, 1), user);
    export(request(), null, Instant.parse("2026-11-01T10:00:00Z"));
    c.commit();
    List<Long> runs = List.of(
        run(TimeRangeSweep.browserLog(), ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 100)),
        run(TimeRangeSweep.idleSessions(), ctx("SESSION_IDLE", 7, PeriodUnit.DAYS, 100)),
        run(TimeRangeSweep.sessionsAtMaximum(), ctx("SESSION_MAX", 3, PeriodUnit.MONTHS, 100)),
        run(TimeRangeSweep.recordings(), ctx("RECORDING", 1, PeriodUnit.MONTHS, 100)),
        run(new BillingHoldSweep(), ctx("BILLING", null, null, 100)),
        run(new ExportFileSweep(), ctx("EXPORT_FILE", 7, PeriodUnit.DAYS, 100)));
    for (long run : runs) {
      assertEquals(1, count("SELECT COUNT(*) FROM tombstone WHERE run_id = ?", run), "run " + run + " deleted its row");
      assertEquals(1, count("SELECT COUNT(*) FROM tombstone t WHERE t.run_id = ? AND (t.subject_ref = ?"
          + " OR EXISTS (SELECT 1 FROM tombstone_subject s WHERE s.tombstone_id = t.id AND s.subject_ref = ?))",
          run, userRef, userRef), "run " + run + "'s tombstone names its person");
    }
  }

  @Test
  void aLargeBacklogGoesInBatchesWhoseTombstonesAddUp() throws SQLException {
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < 95; i++) {
      visit(base.plusSeconds(i / 3 * 60)); // three visits a minute: ties across batch bounds
    }
    long live = visit(Instant.parse("2026-11-20T10:00:00Z"));
    long anonymous = insert("INSERT INTO browser_log (visited_at, ip_address) VALUES (?, '203.0.113.9')",
        Instant.parse("2025-02-01T00:00:00Z"));
    c.commit();
    Counted counted = runCounting(TimeRangeSweep.browserLog(), ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 10));
    assertEquals(96, counted.rows);
    assertTrue(counted.batches >= 8, "batches of ten, a few more with ties: " + counted.batches);
    assertEquals(0, count("SELECT COUNT(*) FROM browser_log WHERE visited_at < ?", Instant.parse("2025-11-26T23:00:00Z")));
    assertTrue(exists("browser_log", live));
    assertFalse(exists("browser_log", anonymous));
    assertEquals(96, tombstoneRows(counted.run));
  }

  @Test
  void aCrashedBatchLeavesNothingHalfDoneAndTheNextRunFinishes() throws SQLException {
    for (int i = 0; i < 30; i++) {
      visit(Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i * 3600L));
    }
    c.commit();
    SweepContext first = ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 10);
    Sweep sweep = TimeRangeSweep.browserLog();
    Sweep.Batch one = sweep.next(c, first, null);
    c.commit();
    sweep.next(c, first, one.cursor());
    c.rollback(); // the crash: the second batch never commits
    assertEquals(20, count("SELECT COUNT(*) FROM browser_log"));
    assertEquals(10, tombstoneRows(first.runId()), "the tombstones of committed batches only");
    long second = run(sweep, ctx("BROWSER_LOG", 12, PeriodUnit.MONTHS, 10));
    assertEquals(0, count("SELECT COUNT(*) FROM browser_log"));
    assertEquals(20, tombstoneRows(second));
  }

  // --- R-T4, R-T6 --------------------------------------------------------------------------------

  @Test
  void sessionsGoSevenDaysAfterTheirLastActivityAndNeverPastThreeMonths() throws SQLException {
    long idle = session(Instant.parse("2026-11-10T08:00:00Z"), Instant.parse("2026-11-19T08:00:00Z"));
    long active = session(Instant.parse("2026-11-10T08:00:00Z"), Instant.parse("2026-11-20T08:00:00Z"));
    long old = session(Instant.parse("2026-08-26T08:00:00Z"), Instant.parse("2026-11-26T01:00:00Z"));
    long young = session(Instant.parse("2026-08-27T08:00:00Z"), Instant.parse("2026-11-26T01:00:00Z"));
    c.commit();
    run(TimeRangeSweep.idleSessions(), ctx("SESSION_IDLE", 7, PeriodUnit.DAYS, 100));
    assertFalse(exists("server_session", idle));
    assertTrue(exists("server_session", active));
    run(TimeRangeSweep.sessionsAtMaximum(), ctx("SESSION_MAX", 3, PeriodUnit.MONTHS, 100));
    assertFalse(exists("server_session", old));
    assertTrue(exists("server_session", young));
  }

  @Test
  void recordingsGoAfterOneCalendarMonth() throws SQLException {
    long due = recording(Instant.parse("2026-10-26T10:00:00Z"));
    long kept = recording(Instant.parse("2026-10-27T10:00:00Z"));
    c.commit();
    Sweep.Preview preview = TimeRangeSweep.recordings().preview(c, ctx("RECORDING", 1, PeriodUnit.MONTHS, 100), 5);
    assertEquals(1, preview.count());
    assertEquals(LocalDate.of(2026, 11, 26), preview.sample().get(0).deletionDay());
    run(TimeRangeSweep.recordings(), ctx("RECORDING", 1, PeriodUnit.MONTHS, 100));
    assertFalse(exists("session_recording", due));
    assertTrue(exists("session_recording", kept));
    assertEquals(List.of(String.valueOf(tenant)), strings("SELECT CAST(tenant_id AS VARCHAR(20)) FROM tombstone"));
  }

  // --- R-T1, R-T2 --------------------------------------------------------------------------------

  @Test
  void candidatesNotHiredGoThreeYearsAfterTheLastContactOrAtOnceOnObjection() throws SQLException {
    long due = candidate("REJECTED", Instant.parse("2023-11-26T10:00:00Z"), false);
    long kept = candidate("REJECTED", Instant.parse("2023-11-27T10:00:00Z"), false);
    long objected = candidate("WITHDRAWN", Instant.parse("2026-11-01T10:00:00Z"), true);
    long hired = candidate("HIRED", Instant.parse("2020-01-01T10:00:00Z"), true);
    String ref = strings("SELECT subject_ref FROM candidate WHERE id = ?", due).get(0);
    update("INSERT INTO subject_key (subject_ref, key_material, created_at) VALUES (?, 'k', ?)", ref, NOW);
    insert("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
        + " VALUES (?, 'CV', 'cv.pdf', 'application/pdf', 1, X'25', ?)", due, NOW);
    c.commit();
    long run = run(CandidateSweep.notHired(), ctx("CANDIDATE_NOT_HIRED", 3, PeriodUnit.YEARS, 100));
    assertFalse(exists("candidate", due));
    assertFalse(exists("candidate", objected));
    assertTrue(exists("candidate", kept));
    assertTrue(exists("candidate", hired), "a hired candidate is kept under R-T2");
    assertEquals(0, count("SELECT COUNT(*) FROM candidate_document"));
    assertEquals(0, count("SELECT COUNT(*) FROM subject_key WHERE subject_ref = ?", ref), "sealed audit details are shredded");
    assertEquals(2, tombstoneRows(run));
    assertTrue(strings("SELECT subject_ref FROM tombstone WHERE run_id = ?", run).contains(ref));
  }

  @Test
  void hiredCandidatesGoAtTheEndOfTheirCountrysStatutoryPeriodAfterTheContract() throws SQLException {
    long fr = hired("FR", LocalDate.of(2021, 11, 26));
    long frKept = hired("FR", LocalDate.of(2021, 11, 27));
    long cm = hired("CM", LocalDate.of(2023, 11, 26));
    long unknown = hired("DE", LocalDate.of(2001, 1, 1));
    long running = hired("FR", null);
    c.commit();
    SweepContext ctx = ctx("CANDIDATE_HIRED", null, null, 100, Map.of("FR", 5, "CM", 3));
    Sweep.Preview preview = CandidateSweep.hired().preview(c, ctx, 5);
    assertEquals(2, preview.count());
    assertEquals(1, preview.held(), "a country without a statutory period is held and said so");
    run(CandidateSweep.hired(), ctx);
    assertFalse(exists("candidate", fr));
    assertFalse(exists("candidate", cm));
    assertTrue(exists("candidate", frKept));
    assertTrue(exists("candidate", unknown));
    assertTrue(exists("candidate", running));
  }

  // --- R-T8 --------------------------------------------------------------------------------------

  @Test
  void invoicesGoOnTheDayTheirLegalHoldEndsEvenWithoutTheirAccount() throws SQLException {
    long ended = invoice(LocalDate.of(2016, 11, 26), LocalDate.of(2026, 11, 26), user);
    long erased = invoice(LocalDate.of(2016, 11, 20), LocalDate.of(2026, 11, 20), null);
    long held = invoice(LocalDate.of(2016, 11, 27), LocalDate.of(2026, 11, 27), null);
    c.commit();
    long run = run(new BillingHoldSweep(), ctx("BILLING", null, null, 100, Map.of("FR", 10)));
    assertFalse(exists("invoice", ended));
    assertFalse(exists("invoice", erased));
    assertTrue(exists("invoice", held));
    assertEquals(2, tombstoneRows(run));
  }

  // --- R-T5 --------------------------------------------------------------------------------------

  @Test
  void anEnterpriseDatabaseIsWarnedThirtyAndSevenDaysAheadThenClosedAndPurged() throws SQLException {
    long due = enterprise(Instant.parse("2026-07-26T10:00:00Z"), 25);
    long in7 = enterprise(Instant.parse("2026-08-03T10:00:00Z"), 3);
    long in30 = enterprise(Instant.parse("2026-08-26T10:00:00Z"), 3);
    long later = enterprise(Instant.parse("2026-08-27T10:00:00Z"), 3);
    c.commit();
    SweepContext ctx = ctx("ENTERPRISE_DB", 4, PeriodUnit.MONTHS, 10);
    Sweep.Preview preview = new EnterpriseDatabaseSweep().preview(c, ctx, 5);
    assertEquals(25, preview.count());
    assertEquals(2, preview.notices());
    Counted counted = runCounting(new EnterpriseDatabaseSweep(), ctx);
    assertEquals(25, counted.rows);
    assertEquals(List.of(in7 + ":7", in30 + ":30"), warnings);
    assertEquals("DELETED", strings("SELECT status FROM tenant WHERE id = ?", due).get(0));
    assertEquals(0, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", due));
    assertEquals(3, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", later));
    assertEquals(25, tombstoneRows(counted.run));
    assertEquals(1, count("SELECT COUNT(*) FROM tenant WHERE warned_7_at IS NOT NULL AND warned_30_at IS NOT NULL"));
    // a second run the same day warns nobody again
    warnings.clear();
    runCounting(new EnterpriseDatabaseSweep(), ctx("ENTERPRISE_DB", 4, PeriodUnit.MONTHS, 10));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aDatabaseClosedBeforeACrashIsPurgedByTheNextRun() throws SQLException {
    long due = enterprise(Instant.parse("2026-07-01T10:00:00Z"), 25);
    c.commit();
    SweepContext ctx = ctx("ENTERPRISE_DB", 4, PeriodUnit.MONTHS, 10);
    EnterpriseDatabaseSweep sweep = new EnterpriseDatabaseSweep();
    Sweep.Batch b = sweep.next(c, ctx, null);
    c.commit();
    b = sweep.next(c, ctx, b.cursor()); // CLOSE
    c.commit();
    sweep.next(c, ctx, b.cursor()); // first PURGE batch
    c.commit();
    assertEquals(15, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", due));
    Counted next = runCounting(sweep, ctx("ENTERPRISE_DB", 4, PeriodUnit.MONTHS, 10));
    assertEquals(15, next.rows);
    assertEquals(0, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", due));
  }

  // --- closed companies (issue 10) -----------------------------------------------------------------

  @Test
  void aClosedCompanysDatabaseGoesTheDayAfterItsClosureAndItsInvoicesStayForTheirHold() throws SQLException {
    long closedYesterday = closedCompany(Instant.parse("2026-11-25T10:00:00Z"), 12);
    long closedToday = closedCompany(Instant.parse("2026-11-26T01:00:00Z"), 3);
    long open = enterprise(Instant.parse("2026-11-20T10:00:00Z"), 4);
    update("UPDATE tenant SET own_database = FALSE, plan = 'PRO' WHERE id = ?", open);
    long held = insert("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description,"
        + " billing_name, billing_company, billing_email, billing_country, payment_processor, processor_reference,"
        + " legal_hold_until) VALUES (?, NULL, 'CC-1', ?, 100, 'EUR', 'Plan', 'N', 'company-x', 'e@example.org', 'FR',"
        + " 'Stripe', 'r', ?)", closedYesterday, LocalDate.of(2026, 1, 5), LocalDate.of(2036, 1, 5));
    c.commit();
    SweepContext ctx = ctx("CLOSED_COMPANY", 1, PeriodUnit.DAYS, 5);
    assertEquals(12, new ClosedCompanySweep().preview(c, ctx, 5).count());
    Counted counted = runCounting(new ClosedCompanySweep(), ctx);
    assertEquals(12, counted.rows);
    assertEquals(12, tombstoneRows(counted.run));
    assertEquals("DELETED", strings("SELECT status FROM tenant WHERE id = ?", closedYesterday).get(0));
    assertEquals(0, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", closedYesterday));
    assertEquals("CLOSED", strings("SELECT status FROM tenant WHERE id = ?", closedToday).get(0), "its day is tomorrow");
    assertEquals(3, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", closedToday));
    assertEquals(4, count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", open));
    assertTrue(exists("invoice", held), "invoices go by their own legal hold");
  }

  // --- R-T9 --------------------------------------------------------------------------------------

  @Test
  void anExportFileIsDeletedFromDiskAfterItsLifeAndItsRowSaysSo() throws SQLException, IOException {
    long request = request();
    Path due = Files.writeString(exportDir.resolve("due.zip"), "zip");
    Path kept = Files.writeString(exportDir.resolve("kept.zip"), "zip");
    long dueId = export(request, "due.zip", Instant.parse("2026-11-19T10:00:00Z"));
    long keptId = export(request, "kept.zip", Instant.parse("2026-11-20T10:00:00Z"));
    c.commit();
    long run = run(new ExportFileSweep(), ctx("EXPORT_FILE", 7, PeriodUnit.DAYS, 100));
    assertFalse(Files.exists(due));
    assertTrue(Files.exists(kept));
    assertEquals("EXPIRED", strings("SELECT status FROM export_file WHERE id = ?", dueId).get(0));
    assertEquals("READY", strings("SELECT status FROM export_file WHERE id = ?", keptId).get(0));
    assertEquals(1, tombstoneRows(run));
  }

  @Test
  void nothingOutsideTheExportDirectoryIsEverDeleted() {
    assertThrows(IllegalStateException.class, () -> ExportFileSweep.delete(exportDir, "../../etc/passwd"));
    assertThrows(IllegalStateException.class, () -> ExportFileSweep.delete(exportDir, "/etc/passwd"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private record Counted(long run, long rows, int batches) {}

  private long run(Sweep sweep, SweepContext ctx) throws SQLException {
    return runCounting(sweep, ctx).run;
  }

  private Counted runCounting(Sweep sweep, SweepContext ctx) throws SQLException {
    Object cursor = null;
    long rows = 0;
    int batches = 0;
    while (true) {
      Sweep.Batch b = sweep.next(c, ctx, cursor);
      c.commit();
      rows += b.deleted();
      batches++;
      if (b.done()) {
        return new Counted(ctx.runId(), rows, batches);
      }
      assertTrue(batches < 1000, "the sweep progresses");
      cursor = b.cursor();
    }
  }

  private SweepContext ctx(String rule, Integer amount, PeriodUnit unit, int batchSize) throws SQLException {
    return ctx(rule, amount, unit, batchSize, Map.of());
  }

  private SweepContext ctx(String rule, Integer amount, PeriodUnit unit, int batchSize, Map<String, Integer> statutory)
      throws SQLException {
    long run = insert("INSERT INTO sweep_run (rule_code, trigger_kind, started_at, status) VALUES (?, 'MANUAL', ?, 'RUNNING')",
        rule, NOW);
    c.commit();
    String category = strings("SELECT category FROM retention_rule WHERE code = ?", rule).get(0);
    return new SweepContext(run, rule, category, TODAY, NOW, PARIS, amount, unit, statutory, TODAY.plusMonths(12),
        batchSize, exportDir, (tenantId, day, daysLeft) -> warnings.add(tenantId + ":" + daysLeft));
  }

  private long account(long tenantId, String ref, boolean admin) throws SQLException {
    return insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, tenant_admin,"
        + " unsubscribe_token, created_at) VALUES (?, ?, ?, 'x', 'A person', ?, ?, ?)", ref, tenantId,
        UUID.randomUUID() + "@example.org", admin, UUID.randomUUID().toString(), NOW);
  }

  private long visit(Instant at) throws SQLException {
    return insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, platform, path)"
        + " VALUES (?, ?, ?, '192.0.2.1', 'Firefox 128', 'Linux', '/')", tenant, user, at);
  }

  private long session(Instant created, Instant lastActivity) throws SQLException {
    return insert("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?, ?, ?, ?)",
        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32), user,
        created, lastActivity);
  }

  private long recording(Instant at) throws SQLException {
    return insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
        + " masked_fields, storage_key) VALUES (?, ?, ?, 60, 3, 'password', 'ph/1')", tenant, user, at);
  }

  private long candidate(String state, Instant lastContact, boolean objected) throws SQLException {
    return insert("INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at, last_contact_at,"
        + " objected_to_retention, created_at) VALUES (?, 'C', 'c@example.org', 'Dev', ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), state, lastContact, lastContact, objected, lastContact);
  }

  private long hired(String country, LocalDate contractEnd) throws SQLException {
    long id = candidate("HIRED", Instant.parse("2015-01-01T00:00:00Z"), false);
    update("UPDATE candidate SET employment_country = ?, contract_end = ? WHERE id = ?", country, contractEnd, id);
    return id;
  }

  private long invoice(LocalDate issued, LocalDate holdUntil, Long userId) throws SQLException {
    return insert("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description,"
        + " billing_name, billing_company, billing_email, billing_country, payment_processor, processor_reference,"
        + " legal_hold_until) VALUES (?, ?, ?, ?, 100, 'EUR', 'Plan', 'N', 'C', 'e@example.org', 'FR', 'Stripe', 'r', ?)",
        tenant, userId, UUID.randomUUID().toString().substring(0, 20), issued, holdUntil);
  }

  private long enterprise(Instant lastUsed, int customers) throws SQLException {
    long id = insert("INSERT INTO tenant (name, plan, own_database, billing_country, created_at, last_used_at)"
        + " VALUES ('E', 'ENTERPRISE', TRUE, 'FR', ?, ?)", lastUsed, lastUsed);
    account(id, UUID.randomUUID().toString(), true);
    for (int i = 0; i < customers; i++) {
      insert("INSERT INTO tenant_customer (tenant_id, full_name, created_at) VALUES (?, 'Client', ?)", id, lastUsed);
    }
    return id;
  }

  private long closedCompany(Instant closedAt, int customers) throws SQLException {
    long id = insert("INSERT INTO tenant (name, plan, own_database, billing_country, status, closed_at, created_at,"
        + " last_used_at) VALUES ('company-x', 'PRO', FALSE, 'FR', 'CLOSED', ?, ?, ?)", closedAt, closedAt, closedAt);
    for (int i = 0; i < customers; i++) {
      insert("INSERT INTO tenant_customer (tenant_id, full_name, created_at) VALUES (?, 'Client', ?)", id, closedAt);
    }
    return id;
  }

  private long request() throws SQLException {
    return insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
        + " subject_user_id, tenant_id, locale, received_at, due_date, original_due_date, created_at)"
        + " VALUES (?, 'ACCESS', 'COMPLETED', 'PORTAL', 'CUSTOMER', ?, ?, ?, 'fr', ?, ?, ?, ?)",
        "R-" + UUID.randomUUID().toString().substring(0, 8), userRef, user, tenant, NOW, TODAY, TODAY, NOW);
  }

  private long export(long request, String path, Instant ready) throws SQLException {
    return insert("INSERT INTO export_file (request_id, kind, status, storage_path, created_at, ready_at)"
        + " VALUES (?, 'SUBJECT', 'READY', ?, ?, ?)", request, path, ready, ready);
  }

  private boolean exists(String table, long id) throws SQLException {
    return count("SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 1;
  }

  private long tombstoneRows(long run) throws SQLException {
    return count("SELECT COALESCE(SUM(row_count), 0) FROM tombstone WHERE run_id = ?", run);
  }

  private long count(String sql, Object... params) throws SQLException {
    return Sql.count(c, sql, params);
  }

  private List<String> strings(String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private void update(String sql, Object... params) throws SQLException {
    Sql.update(c, sql, params);
  }

  private long insert(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql, new String[] {"id"})) {
      Sql.bind(p, params);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }
}
