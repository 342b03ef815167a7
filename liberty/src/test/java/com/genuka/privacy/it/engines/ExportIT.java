package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.Engines.Binary;
import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import com.genuka.privacy.it.support.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Access and portability copies (GDPR art. 15 and 20, R-R8): generated in the background once an
 * admin starts the request, holding every category of the person and nothing of anyone else,
 * downloadable by its owner or once with the e-mailed link, and refused once expired.
 */
class ExportIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  @AfterEach
  void reset() {
    TestClock.reset();
  }

  @Test
  void theCopyHoldsEveryCategoryOfThePersonAndNothingOfAnyoneElse() throws Exception {
    long company = People.tenant("Boulangerie Export", "PRO", false);
    Person subject = People.customer(company, true, "fr");
    Person colleague = People.customer(company, false, "fr");
    Person stranger = People.customer(People.tenant("Autre Société", "LIGHT", false), true, "en");
    People.fill(subject, 1500);
    People.fill(colleague, 40);
    People.fill(stranger, 40);
    // CWE-1236: an address typed as a spreadsheet formula (issue 10, item 11)
    Db.update("UPDATE user_account SET address_line1 = ? WHERE id = ?", "=HYPERLINK(\"http://evil.example\",\"x\")",
        subject.userId());
    long request = People.request(subject, "ACCESS");
    // A note the admins wrote for themselves: the portal does not show it to the subject, nor does the copy.
    Db.update("INSERT INTO request_event (request_id, occurred_at, actor_kind, action, note)"
        + " VALUES (?, ?, 'ADMIN', 'ASSIGNED', 'Internal: handled by the Douala desk 4471')", request, java.time.Instant.now());

    Engines.start(Requests.admin("fr"), request);
    Engines.await("the copy", () -> Engines.exportStatus(request, "SUBJECT"), "READY");
    assertEquals("COMPLETED", Engines.await("the request", () -> Engines.requestStatus(request), "COMPLETED"));
    assertEquals(100L, ((Number) Db.value("SELECT progress_pct FROM export_file WHERE request_id = ?", request)).longValue());

    String reference = People.reference(request);
    MailTrap.Mail ready = mail.await(m -> m.to().contains(subject.email()) && m.subject().contains(reference)
        && m.subject().contains("prêt"));
    assertEquals("fr", ready.header("Content-Language"));
    PortalClient owner = PortalClient.french();
    owner.login(subject.email(), People.PASSWORD);
    Binary file = Engines.get(owner, Engines.accountLink(ready), "fr");
    assertEquals(200, file.status(), file.text());
    assertEquals("application/zip", file.header("content-type"));
    assertTrue(file.header("content-disposition").contains("genuka-my-data-" + reference + ".zip"));
    Map<String, byte[]> zip = Engines.unzip(file.body());

    // every category held, as JSON and CSV with the same rows
    for (String base : new String[] {"C1_account/account", "C1_account/consents", "C2_candidate/application",
        "C2_candidate/history", "C2_candidate/documents", "C3_browser/browser_log", "C3_browser/sessions",
        "C5_recordings/recordings", "C7_billing/invoices", "C8_events/registrations", "requests/requests",
        "requests/request_history", "audit/audit_trail"}) {
      JsonArray rows = array(Engines.text(zip, base + ".json"));
      long csvLines = Engines.text(zip, base + ".csv").lines().count();
      assertEquals(rows.size() + 1, csvLines, base + ": a CSV header and one line per JSON row");
    }
    assertEquals(subject.email(), array(Engines.text(zip, "C1_account/account.json")).getJsonObject(0).getString("email"));
    assertEquals(subject.phone(), array(Engines.text(zip, "C1_account/account.json")).getJsonObject(0).getString("phone"));
    assertEquals(1500, array(Engines.text(zip, "C3_browser/browser_log.json")).size());
    assertEquals(3, array(Engines.text(zip, "C7_billing/invoices.json")).size());
    assertEquals(2, array(Engines.text(zip, "C8_events/registrations.json")).size(), "by account and by e-mail");
    assertEquals(2, array(Engines.text(zip, "C5_recordings/recordings.json")).size());
    assertTrue(zip.keySet().stream().anyMatch(n -> n.startsWith("C2_candidate/documents/") && n.endsWith("cv.pdf")));
    String firstVisit = array(Engines.text(zip, "C3_browser/browser_log.json")).getJsonObject(0).getString("visited_at");
    assertTrue(firstVisit.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"), firstVisit);
    String account = Engines.text(zip, "C1_account/account.json");
    assertFalse(account.contains("password") || account.contains("unsubscribe"), "secrets are not data about the person");

    // nothing of the colleague or of the other company, anywhere in the archive
    StringBuilder all = new StringBuilder();
    zip.values().forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)).append('\n'));
    assertFalse(all.toString().contains("Douala desk 4471"), "the admins' own notes stay in their console");
    assertEquals(1L, array(Engines.text(zip, "requests/request_history.json")).stream()
        .filter(e -> "ASSIGNED".equals(e.asJsonObject().getString("action"))).count(), "the step itself is there");
    for (Person other : new Person[] {colleague, stranger}) {
      assertFalse(all.toString().contains(other.email()), "no e-mail of another person");
      assertFalse(all.toString().contains(other.name()), "no name of another person");
      assertFalse(all.toString().contains(other.phone()), "no phone of another person");
    }

    // the summary in the person's language: purpose, source, recipients, retention, rights
    Document summary = Jsoup.parse(Engines.text(zip, "index.html"));
    assertEquals("fr", summary.selectFirst("html").attr("lang"));
    assertEquals("Vos données personnelles chez Genuka", summary.selectFirst("h1").text());
    String browser = summary.getElementById("C3").text();
    assertTrue(browser.contains("Finalité") && browser.contains("Source") && browser.contains("Destinataires"), browser);
    assertTrue(browser.contains("CloudFlare") && browser.contains("OVHCloud SAS"), "recipients from the register: " + browser);
    assertTrue(browser.contains("12 mois"), "retention from the rules: " + browser);
    assertTrue(summary.getElementById("C5").text().contains("PostHog"));
    assertTrue(summary.getElementById("C7").text().contains("Code de commerce"), "the statutory period's basis");
    assertTrue(summary.getElementById("rights").text().contains("CNIL"));

    // issue 10, item 9: the recipients the person's data actually went to
    String events = summary.getElementById("C8").text();
    assertTrue(events.contains("GICAM") && events.contains("Salon IT"), "the co-organiser of a shared event: " + events);
    assertTrue(events.contains("Les sponsors de l'événement"), events);
    assertFalse(events.contains("Atelier IT"), "a registration not shared went to no one else: " + events);
    String accountFacts = summary.getElementById("C1").text();
    assertTrue(accountFacts.contains("Stripe"), "the invoices went through Stripe: " + accountFacts);
    assertFalse(accountFacts.contains("Flutterwave") || accountFacts.contains("NotchPay"), accountFacts);
    assertFalse(summary.getElementById("C7").text().contains("Flutterwave"));
    assertTrue(summary.getElementById("C2").text().contains("OVHCloud SAS"), "the host of application files");
    assertTrue(Engines.text(zip, "manifest.json").contains("\"name\": \"GICAM\""));

    // issue 10, item 11: formulas reach the CSV as text, the JSON as they are, and the summary says so
    String accountCsv = Engines.text(zip, "C1_account/account.csv");
    assertTrue(accountCsv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), accountCsv);
    assertTrue(accountCsv.contains("\"'" + subject.phone() + "\""), "a leading + is disarmed too: " + accountCsv);
    assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")",
        array(Engines.text(zip, "C1_account/account.json")).getJsonObject(0).getString("address_line1"));
    assertTrue(summary.getElementById("csv-formulas").text().contains("apostrophe"), summary.getElementById("csv-formulas").text());

    // the audit trail says what happened in the copy's language, beside the stored technical note
    JsonArray trail = array(Engines.text(zip, "audit/audit_trail.json"));
    assertTrue(trail.stream().map(JsonValue::asJsonObject).anyMatch(r -> "EXPORT_QUEUED".equals(r.getString("action"))
        && "Copie des données mise en préparation".equals(r.getString("description"))), trail.toString());
    assertTrue(trail.stream().map(JsonValue::asJsonObject).allMatch(r -> !r.getString("description").isBlank()));

    // a manifest and the checksum of every file
    JsonObject manifest = object(Engines.text(zip, "manifest.json"));
    assertEquals(reference, manifest.getString("request"));
    for (String line : Engines.text(zip, "SHA256SUMS").split("\n")) {
      String[] parts = line.split("  ", 2);
      assertEquals(parts[0], sha256(zip.get(parts[1])), parts[1]);
    }
    assertEquals(file.header("x-content-sha256"), sha256(file.body()));

    // the single-use link: a page first, then the file once, then refused
    String link = Engines.link(ready);
    PortalClient.Page page = PortalClient.french().get(link);
    assertEquals(200, page.status());
    assertEquals("Votre fichier est prêt", page.h1());
    assertNotNull(page.doc().getElementById("download-button"));
    Binary once = Engines.post(link, "fr");
    assertEquals(200, once.status());
    assertEquals(sha256(file.body()), sha256(once.body()));
    Binary twice = Engines.post(link, "fr");
    assertEquals(410, twice.status());
    assertEquals("Lien déjà utilisé", Jsoup.parse(twice.text()).selectFirst("h1").text());
    PortalClient.Page reopened = PortalClient.english().get(link);
    assertEquals(410, reopened.status());
    assertEquals("Link already used", reopened.h1());

    // someone else's key is simply not found
    PortalClient intruder = PortalClient.english();
    intruder.login(stranger.email(), People.PASSWORD);
    Binary refused = Engines.get(intruder, Engines.accountLink(ready), "en");
    assertEquals(404, refused.status());
    assertFalse(refused.text().contains("PK"), "no file");
    assertEquals(2, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_DOWNLOADED' AND subject_ref = ?",
        subject.subjectRef()), "two downloads audited, the refusals not");
  }

  @Test
  void anExpiredFileIsDeletedAndItsLinksAreRefused() {
    Person subject = People.customer(People.tenant("Atelier Expiré", "PRO", false), true, "en");
    People.fill(subject, 20);
    long request = People.request(subject, "PORTABILITY");
    Engines.start(Requests.admin("en"), request);
    Engines.await("the copy", () -> Engines.exportStatus(request, "SUBJECT"), "READY");
    String reference = People.reference(request);
    MailTrap.Mail ready = mail.await(m -> m.to().contains(subject.email()) && m.subject().contains(reference)
        && m.subject().contains("ready"));
    assertEquals("en", ready.header("Content-Language"));
    String path = (String) Db.value("SELECT storage_path FROM export_file WHERE request_id = ?", request);
    assertNotNull(path);

    // R-T9: seven days later the file is gone and both ways to it are refused
    TestClock.travelTo(Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(5)));
    PortalClient.Page linkAtExpiry = PortalClient.english().get(Engines.link(ready));
    assertEquals(410, linkAtExpiry.status(), "refused from the expiry instant, before any sweep");
    // the retention engine's EXPORT_FILE sweep deletes the file, with a tombstone
    assertEquals(200, PortalClient.english().post("/api/test/retention/run?rule=EXPORT_FILE", java.util.Map.of()).status());
    Engines.await("the file's deletion", () -> Engines.exportStatus(request, "SUBJECT"), "EXPIRED");
    assertTrue(Db.count("SELECT COUNT(*) FROM tombstone WHERE rule_code = 'EXPORT_FILE' AND request_id = ?", request) > 0);
    assertNull(Db.value("SELECT storage_path FROM export_file WHERE request_id = ?", request));
    PortalClient.Page page = PortalClient.english().get(Engines.link(ready));
    assertEquals(410, page.status());
    assertEquals("Link expired", page.h1());
    assertEquals(410, Engines.post(Engines.link(ready), "fr").status());
    PortalClient owner = PortalClient.french();
    owner.login(subject.email(), People.PASSWORD);
    Binary byKey = Engines.get(owner, Engines.accountLink(ready), "fr");
    assertEquals(410, byKey.status());
    assertEquals("Lien expiré", Jsoup.parse(byKey.text()).selectFirst("h1").text());
  }

  @Test
  void aCompanysAdministratorExportsItsWholeDatabaseAndNothingElse() throws Exception {
    long company = People.tenant("Atelier Base", "ENTERPRISE", true);
    long other = People.tenant("Voisin", "PRO", false);
    Person admin = People.customer(company, true, "fr");
    Person member = People.customer(company, false, "fr");
    for (int i = 0; i < 60; i++) {
      Db.update("INSERT INTO tenant_customer (tenant_id, full_name, email, phone, city, country, notes, created_at)"
          + " VALUES (?,?,?,?,?,?,?,?)", company, "Client " + i, "client" + i + "-" + company + "@base.example",
          "+336000000" + i, "Lyon", "FR", i % 2 == 0 ? "Livraison le samedi, \"porte B\"" : null, Instant.now());
      Db.update("INSERT INTO tenant_customer (tenant_id, full_name, email, city, country, created_at)"
          + " VALUES (?,?,?,?,?,?)", other, "Voisin " + i, "voisin" + i + "-" + other + "@other.example", "Douala", "CM", Instant.now());
    }
    Db.update("INSERT INTO tenant_employee (tenant_id, full_name, email, job_title, created_at) VALUES (?,?,?,?,?)",
        company, "Employé Un", "employe-" + company + "@base.example", "Vendeur", Instant.now());
    Db.update("INSERT INTO tenant_media (tenant_id, kind, file_name, content_type, size_bytes, storage_key, uploaded_at)"
        + " VALUES (?, 'LOGO', 'logo.png', 'image/png', 2048, ?, ?)", company, "s3://genuka-media/tenant-" + company + "/logo.png",
        Instant.now());
    Db.update("UPDATE tenant_customer SET full_name = ? WHERE tenant_id = ? AND full_name = 'Client 1'",
        "@SUM(1+1)*cmd|' /C calc'!A0", company);
    long request = People.request(admin, "TENANT_EXPORT");

    Engines.start(Requests.admin("en"), request);
    Engines.await("the export", () -> Engines.exportStatus(request, "TENANT"), "READY");
    MailTrap.Mail ready = mail.await(m -> m.to().contains(admin.email()) && m.subject().contains(People.reference(request)));
    PortalClient owner = PortalClient.french();
    owner.login(admin.email(), People.PASSWORD);
    Binary file = Engines.get(owner, Engines.accountLink(ready), "fr");
    assertEquals(200, file.status());
    Map<String, byte[]> zip = Engines.unzip(file.body());
    assertEquals(60, array(Engines.text(zip, "tables/tenant_customer.json")).size());
    assertEquals(61, Engines.text(zip, "tables/tenant_customer.csv").lines().count());
    assertEquals(1, array(Engines.text(zip, "tables/tenant_employee.json")).size());
    assertTrue(Engines.text(zip, "tables/tenant_media.json").contains("s3://genuka-media/tenant-" + company + "/logo.png"));
    assertEquals(company, array(Engines.text(zip, "tables/tenant.json")).getJsonObject(0).getJsonNumber("id").longValue());
    assertTrue(Engines.text(zip, "tables/tenant_customer.csv").contains("\"Livraison le samedi, \"\"porte B\"\"\""),
        "CSV quoting");
    String customersCsv = Engines.text(zip, "tables/tenant_customer.csv");
    assertTrue(customersCsv.contains("\"'@SUM(1+1)*cmd|' /C calc'!A0\""), "a formula is written as text (CWE-1236)");
    assertFalse(customersCsv.contains(",@SUM"), customersCsv);
    assertTrue(Engines.text(zip, "tables/tenant_customer.json").contains("\"@SUM(1+1)*cmd|' /C calc'!A0\""));
    assertTrue(Jsoup.parse(Engines.text(zip, "index.html")).getElementById("csv-formulas").text().contains("CWE-1236"));
    String everything = zip.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
    assertFalse(everything.contains("@other.example"), "nothing of another company");
    JsonObject manifest = object(Engines.text(zip, "manifest.json"));
    assertEquals(1, manifest.getJsonObject("media_references").getInt("count"));
    assertTrue(manifest.getJsonArray("tables").size() >= 4, "tenant and every tenant_* table of the catalogue");
    for (String line : Engines.text(zip, "SHA256SUMS").split("\n")) {
      String[] parts = line.split("  ", 2);
      assertEquals(parts[0], sha256(zip.get(parts[1])), parts[1]);
    }

    // the company's database is for its administrator only
    PortalClient colleague = PortalClient.french();
    colleague.login(member.email(), People.PASSWORD);
    assertEquals(404, Engines.get(colleague, Engines.accountLink(ready), "fr").status());
  }

  static JsonArray array(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readArray();
    }
  }

  static JsonObject object(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /**
   * Issue 10, item 2: an access copy is made only for someone who can receive it. A request logged
   * from WhatsApp without an address gets no copy (before, one was made and the request "completed"
   * with nobody to send it to); the history says why, and the admin answers another way.
   */
  @Test
  void aCopyIsNeverMadeForSomeoneWhoCannotReceiveIt() {
    PortalClient admin = Requests.admin("en");
    String name = "No Address " + People.letters(8);
    Requests.log(admin, "ACCESS", "WHATSAPP", com.genuka.privacy.it.support.It.today().toString(), "", name, "en", "Copy please");
    long id = ((Number) Db.value("SELECT MAX(id) FROM privacy_request WHERE subject_name = ?", name)).longValue();
    assertEquals(200, Requests.act(admin, id, "verify", Map.of()).status());
    Engines.start(admin, id);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM export_file WHERE request_id = ?", id), "no copy for nobody");
    assertEquals("IN_PROGRESS", Engines.requestStatus(id));
    String history = admin.get("/admin/request.xhtml?id=" + id).doc().getElementById("request-history").text();
    assertTrue(history.contains("There is no address to send the copy to"), history);
    // no engine holds it: the admin who answered another way marks it handled
    PortalClient.Page done = Requests.act(admin, id, "complete", Map.of("note", "Data shown at the shop"));
    assertEquals(200, done.status(), done.body());
  }

  /**
   * Issue 10, item 1: a copy whose writing failed keeps its request open; no admin can mark it
   * handled (the page says why and where to run it again); the run again completes it.
   */
  @Test
  void aFailedCopyKeepsItsRequestOpenUntilItsRunAgainSucceeds() {
    Person p = People.customer(People.tenant("Atelier Échec", "LIGHT", false), true, "en");
    long request = People.request(p, "ACCESS");
    String reference = People.reference(request);
    Db.update("UPDATE privacy_request SET status = 'IN_PROGRESS' WHERE id = ?", request);
    Db.update("INSERT INTO export_file (request_id, kind, status, progress_pct, created_at, error)"
        + " VALUES (?, 'SUBJECT', 'FAILED', 40, ?, 'export: IOException — disk full')", request, java.time.Instant.now());
    PortalClient admin = Requests.admin("fr");

    PortalClient.Page refused = Requests.act(admin, request, "complete", Map.of("note", "fait"));
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.json().getString("message").contains("s'est arrêté sur un échec"), refused.body());
    assertEquals("IN_PROGRESS", Engines.requestStatus(request));

    PortalClient.Page page = Requests.admin("en").get("/admin/request.xhtml?id=" + request);
    assertNull(page.doc().getElementById("actions:complete"));
    assertTrue(page.doc().getElementById("engine-hold").text().contains("Writing the copy failed"), page.mainText());
    assertNotNull(page.doc().getElementById("actions:reject"), "a failed job no longer runs: the admin may still reject");

    PortalClient.Page engines = admin.get("/admin/engines.xhtml");
    String button = engines.doc().selectFirst("tr[data-reference=" + reference + "] input[id$=retry-export]").id();
    admin.submit(engines, "exports", Map.of(), button.substring("exports:".length()));
    Engines.await("the copy", () -> Engines.exportStatus(request, "SUBJECT"), "READY");
    assertEquals("COMPLETED", Engines.requestStatus(request));
  }
}
