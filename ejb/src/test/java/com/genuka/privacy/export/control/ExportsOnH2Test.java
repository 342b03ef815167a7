package com.genuka.privacy.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports' queries and writers on the embedded database of the default run: a person's copy
 * holds their rows only, a company's export every table of its partition, both streamed.
 */
class ExportsOnH2Test {

  @TempDir Path scratch;

  @Test
  void aPersonsCopyHoldsTheirRowsAndNoOneElses() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé Kamga", "+237 699 12 34 56", 120);
      H2.person(c, "other@example.org", "Other Person", "+33 6 00 00 00 00", 7);
      SubjectExport export = new SubjectExport(c, new ExportSubject(me[1], null, "ref", "ZOE@example.org"));
      Map<String, Long> counts = export.count();
      assertEquals(120L, counts.get("C3_browser/browser_log"));
      assertEquals(1L, counts.get("C7_billing/invoices"));
      assertEquals(0L, counts.get("C2_candidate/application"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AtomicLong progress = new AtomicLong();
      try (ZipPackage zip = new ZipPackage(out, Deflater.BEST_SPEED)) {
        export.write(zip, scratch, counts, Texts.of("en"), facts(Texts.of("en")), "REQ-1", Instant.parse("2026-03-01T10:00:00Z"),
            ZoneId.of("Europe/Paris"), "12 MONTHS", progress::addAndGet);
        zip.finish();
      }
      assertEquals(counts.values().stream().mapToLong(Long::longValue).sum(), progress.get(), "every row reported");
      Map<String, byte[]> zip = ZipPackageTest.unzip(out.toByteArray());
      String all = String.join("\n", zip.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
      assertTrue(all.contains("zoe@example.org") && all.contains("Zoé Kamga"));
      assertFalse(all.contains("other@example.org") || all.contains("Other Person"));
      assertFalse(zip.containsKey("C2_candidate/application.json"), "no file for a category not held");
      assertEquals(121, new String(zip.get("C3_browser/browser_log.csv"), StandardCharsets.UTF_8).lines().count());
      String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
      assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
      assertTrue(index.contains("We hold no data of this category about you."), "C2 is said to be empty");
      assertTrue(new String(zip.get("manifest.json"), StandardCharsets.UTF_8).contains("\"path\": \"C3_browser/browser_log.json\", \"rows\": 120"));
      try (var files = Files.list(scratch)) {
        assertEquals(0, files.count(), "side files are deleted");
      }
    }
  }

  /** Item 5 of issue 10: rows past their deletion day are only waiting for the sweep, not held. */
  @Test
  void aPersonsCopyLeavesOutRowsPastTheirDeletionDay() throws Exception {
    try (Connection c = H2.fresh()) {
      // Visits every minute back from 1 March 2026 10:00 UTC; the session, recording and invoice are of that day.
      long[] me = H2.person(c, "zoe@example.org", "Zoé Kamga", null, 120);
      // A copy made when the visits of the first hour (before 09:30 UTC) have passed their day, as has the
      // recording, the session and the invoice's legal hold.
      ExportSubject.Held held = new ExportSubject.Held(Instant.parse("2026-03-01T09:30:00Z"),
          Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2026-03-02T00:00:00Z"), java.time.LocalDate.of(2036, 2, 1));
      Map<String, Long> counts = new SubjectExport(c, new ExportSubject(me[1], null, "ref", "zoe@example.org", held)).count();
      assertEquals(31L, counts.get("C3_browser/browser_log"), "10:00 back to 09:30 included");
      assertEquals(0L, counts.get("C3_browser/sessions"));
      assertEquals(0L, counts.get("C5_recordings/recordings"));
      assertEquals(0L, counts.get("C7_billing/invoices"), "its legal hold ends today: the billing sweep takes it");
    }
  }

  /** The audit trail of a French copy says in French what each row records, beside the stored technical note. */
  @Test
  void theAuditTrailSpeaksTheCopysLanguage() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "awa@example.org", "Awa Nkolo", null, 0);
      int n = 0;
      for (String action : List.of("REQUEST_FILED", "EXPORT_QUEUED", "O'DD_ACTION")) {
        n++;
        H2.update(c, "INSERT INTO audit_event (id, occurred_at, actor_ref, actor_role, action, subject_ref, summary,"
            + " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)", 900_000L + n, Instant.parse("2026-03-01T10:00:00Z"), "ref",
            "CUSTOMER", action, "ref-awa", "technical note " + n, "0".repeat(64), Integer.toString(n).repeat(64));
      }
      for (String language : List.of("fr", "en")) {
        SubjectExport export = new SubjectExport(c, new ExportSubject(me[1], null, "ref-awa", "awa@example.org"), language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipPackage zip = new ZipPackage(out, Deflater.BEST_SPEED)) {
          export.write(zip, scratch, export.count(), Texts.of(language), facts(Texts.of(language)), "REQ-2",
              Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"), "12 MONTHS", x -> {});
          zip.finish();
        }
        String trail = new String(ZipPackageTest.unzip(out.toByteArray()).get("audit/audit_trail.json"), StandardCharsets.UTF_8);
        if ("fr".equals(language)) {
          assertTrue(trail.contains("\"description\":\"Demande déposée\"") && trail.contains("Copie des données mise en préparation"), trail);
        } else {
          assertTrue(trail.contains("\"description\":\"Request filed\"") && trail.contains("Data copy queued for preparation"), trail);
        }
        assertTrue(trail.contains("O'DD_ACTION") && trail.contains("technical note 1"), "unknown actions and the record stay: " + trail);
      }
    }
  }

  @Test
  void aCompanysExportFindsItsTablesInTheCatalogue() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] a = H2.person(c, "a@example.org", "Alice Admin", null, 0);
      long[] b = H2.person(c, "b@example.org", "Bob Other", null, 0);
      for (int i = 0; i < 25; i++) {
        H2.update(c, "INSERT INTO tenant_customer (tenant_id, full_name, email, created_at) VALUES (?,?,?,?)", a[0],
            "Client " + i, "c" + i + "@a.example", Instant.now());
      }
      H2.update(c, "INSERT INTO tenant_customer (tenant_id, full_name, email, created_at) VALUES (?,?,?,?)", b[0], "B",
          "b@b.example", Instant.now());
      H2.execute(c, "CREATE TABLE tenant_later (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, tenant_id BIGINT, x TEXT)");
      H2.update(c, "INSERT INTO tenant_later (tenant_id, x) VALUES (?, 'added by a later migration')", a[0]);
      TenantExport export = new TenantExport(c, a[0]);
      assertTrue(export.tables().containsAll(List.of("tenant", "tenant_customer", "tenant_employee", "tenant_media", "tenant_later")),
          export.tables().toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, Long> rows;
      try (ZipPackage zip = new ZipPackage(out, Deflater.BEST_SPEED)) {
        rows = export.write(zip, scratch, Texts.of("fr"), "Company", "REQ-2", Instant.now(), ZoneId.of("Europe/Paris"), n -> {});
        zip.finish();
      }
      assertEquals(25L, rows.get("tenant_customer"));
      assertEquals(1L, rows.get("tenant_later"));
      Map<String, byte[]> zip = ZipPackageTest.unzip(out.toByteArray());
      assertFalse(new String(zip.get("tables/tenant_customer.json"), StandardCharsets.UTF_8).contains("b@b.example"));
      assertTrue(zip.containsKey("tables/tenant_later.csv"));
    }
  }

  /**
   * Issue 10, items 9 and 11: recipients are those the person's data went to (the co-organiser and
   * sponsors of an event shared with their agreement; only the payment processor their invoices went
   * through), and a name typed as a formula reaches the CSV as text, the JSON unchanged.
   */
  /** The media storage is named only for a person whose company keeps media there (issue 10, items 8–9). */
  @Test
  void theMediaStorageIsARecipientOnlyOfACompanyWithMedia() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "ines@example.org", "Inès Diallo", null, 0);
      Map<String, CategoryFacts> facts = facts(Texts.of("en"));
      facts.put("C4", facts.get("C4").withRecipients(List.of(
          new CategoryFacts.Recipient("OVHCloud SAS", "Europe (France)", "A"),
          new CategoryFacts.Recipient("Amazon Web Services, Inc.", "United States", "A"))));
      ExportSubject subject = new ExportSubject(me[1], null, "ref-ines", "ines@example.org");
      List<String> before = PersonRecipients.of(c, subject, Texts.of("en"), facts).get("C4").recipients().stream()
          .map(CategoryFacts.Recipient::name).toList();
      assertEquals(List.of("OVHCloud SAS"), before, "no media: nothing of the company at the media storage");
      H2.update(c, "INSERT INTO tenant_media (tenant_id, kind, file_name, content_type, size_bytes, storage_key, uploaded_at)"
          + " VALUES (?, 'LOGO', 'logo.png', 'image/png', 10, 's3://media/logo.png', ?)", me[0], Instant.now());
      List<String> after = PersonRecipients.of(c, subject, Texts.of("en"), facts).get("C4").recipients().stream()
          .map(CategoryFacts.Recipient::name).toList();
      assertEquals(List.of("OVHCloud SAS", "Amazon Web Services, Inc."), after);
    }
  }

  @Test
  void aPersonsCopyNamesTheirOwnRecipientsAndDisarmsFormulas() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "eve@example.org", "=HYPERLINK(\"http://evil.example\",\"Eve\")", "+237 699 00 00 00", 1);
      H2.update(c, "INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email,"
          + " share_with_partners, registered_at) VALUES (?, 'Salon IT', ?, 'GICAM', 'Eve', 'eve@example.org', TRUE, ?)",
          me[1], java.time.LocalDate.of(2026, 1, 20), Instant.parse("2026-01-02T10:00:00Z"));
      H2.update(c, "INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email,"
          + " share_with_partners, registered_at) VALUES (?, 'Forum privé', ?, 'Secret Partner', 'Eve', 'eve@example.org', FALSE, ?)",
          me[1], java.time.LocalDate.of(2026, 2, 5), Instant.parse("2026-01-03T10:00:00Z"));
      Map<String, CategoryFacts> facts = facts(Texts.of("en"));
      for (String code : List.of("C1", "C7")) {
        facts.put(code, facts.get(code).withRecipients(List.of(
            new CategoryFacts.Recipient("OVHCloud SAS", "Europe (France)", "A"),
            new CategoryFacts.Recipient("Flutterwave", "Nigeria", "B", "Flutterwave"),
            new CategoryFacts.Recipient("Stripe", "United States / Ireland (company)", "B", "Stripe"))));
      }
      SubjectExport export = new SubjectExport(c, new ExportSubject(me[1], null, "ref", "eve@example.org"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipPackage zip = new ZipPackage(out, Deflater.BEST_SPEED)) {
        export.write(zip, scratch, export.count(), Texts.of("en"), facts, "REQ-9", Instant.parse("2026-03-01T10:00:00Z"),
            ZoneId.of("Europe/Paris"), "12 MONTHS", n -> {});
        zip.finish();
      }
      Map<String, byte[]> zip = ZipPackageTest.unzip(out.toByteArray());
      String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
      String events = index.substring(index.indexOf("<section id=\"C8\""), index.indexOf("</section>", index.indexOf("<section id=\"C8\"")));
      assertTrue(events.contains("OVHCloud SAS"), events);
      assertTrue(events.contains("GICAM — event &quot;Salon IT&quot; of 20 January 2026 (the event&#39;s co-organiser"), events);
      assertTrue(events.contains("The event&#39;s sponsors — event &quot;Salon IT&quot;"), events);
      assertFalse(events.contains("Secret Partner") || events.contains("Forum privé"), "not shared: not a recipient");
      String account = index.substring(index.indexOf("<section id=\"C1\""), index.indexOf("</section>", index.indexOf("<section id=\"C1\"")));
      assertTrue(account.contains("Stripe"), "the processor of the person's invoices is named");
      assertFalse(account.contains("Flutterwave"), "a processor that never had the data is not named");
      assertFalse(new String(zip.get("manifest.json"), StandardCharsets.UTF_8).contains("Flutterwave"));
      assertTrue(new String(zip.get("manifest.json"), StandardCharsets.UTF_8).contains("\"name\": \"GICAM\""));
      String csv = new String(zip.get("C1_account/account.csv"), StandardCharsets.UTF_8);
      assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Eve\"\")\""), csv);
      assertTrue(csv.contains("\"'+237 699 00 00 00\""), csv);
      assertFalse(csv.contains(",=HYPERLINK"), csv);
      assertTrue(new String(zip.get("C1_account/account.json"), StandardCharsets.UTF_8)
          .contains("\"full_name\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"Eve\\\")\""), "JSON keeps the value exactly");
      assertTrue(index.contains("a single quote (&#39;) before it"), "the summary says how CSV values are disarmed");
      // Issue 10, item 5: the copy leaves out rows past their deletion day and says so.
      assertTrue(index.contains("<p id=\"being-deleted\">Visits, sessions and recordings whose deletion day has already"
          + " passed are not in this copy"), "the summary says rows past their deletion day are left out");
    }
  }

  static Map<String, CategoryFacts> facts(Texts t) {
    Map<String, CategoryFacts> facts = new LinkedHashMap<>();
    for (String code : List.of("C1", "C2", "C3", "C5", "C7", "C8", "REQ", "AUDIT", "C4", "C6")) {
      facts.put(code, new CategoryFacts(code, t.has("category." + code + ".title") ? t.get("category." + code + ".title") : code,
          "purpose", "source", List.of("12 months"), List.of(new CategoryFacts.Recipient("OVHCloud SAS", "Europe (France)", "A"))));
    }
    return facts;
  }
}
