package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.Engines.Binary;
import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Erasure (R-R2, R-T7, GDPR art. 17 and 19) carried out by the system once an admin starts the
 * request, and proved: the residue scan finds the person nowhere but in pseudonymised invoices
 * under their legal hold, and it fails the job when a step was passed over.
 */
class ErasureIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  @AfterEach
  void reset() {
    Engines.clearHooks();
  }

  @Test
  void anErasureRemovesThePersonKeepsPseudonymisedInvoicesAndProvesIt() throws Exception {
    long company = People.tenant("Boulangerie Effacée", "PRO", false);
    Person p = People.customer(company, false, "fr");
    People.fill(p, 3000);
    PortalClient admin = Requests.admin("fr");
    long access = People.request(p, "ACCESS");
    Engines.start(admin, access);
    Engines.await("an earlier copy", () -> Engines.exportStatus(access, "SUBJECT"), "READY");
    List<Map<String, Object>> before = Db.rows("SELECT number, legal_hold_until FROM invoice WHERE tenant_id = ? ORDER BY number", company);
    assertFalse(Engines.scan(admin, p).getBoolean("clean"), "before: the person is everywhere");

    long erasure = People.request(p, "ERASURE");
    String reference = People.reference(erasure);
    Engines.start(admin, erasure);
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(erasure));

    // gone: account, contact data, browser log, sessions, recordings, consents, events, application
    assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE id = ?", p.userId()));
    for (String table : new String[] {"browser_log", "server_session", "session_recording", "consent_record", "event_registration"}) {
      assertEquals(0, Db.count("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?", p.userId()), table);
    }
    assertEquals(0, Db.count("SELECT COUNT(*) FROM event_registration WHERE LOWER(email) = ?", p.email()));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM candidate WHERE email = ?", p.email()));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM subject_key WHERE subject_ref = ?", p.subjectRef()), "audit details shredded");
    assertTrue(Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_ref = ?", p.subjectRef()) > 0,
        "audit rows stay, with the pseudonymous reference only");
    assertEquals("/login.xhtml", PortalClient.french().login(p.email(), People.PASSWORD).path(),
        "the account no longer logs in");

    // kept: the invoices, pseudonymised, under their unchanged legal hold
    List<Map<String, Object>> after = Db.rows("SELECT number, legal_hold_until, billing_name, billing_email, billing_address,"
        + " user_id, pseudonymised FROM invoice WHERE tenant_id = ? ORDER BY number", company);
    assertEquals(3, after.size());
    for (int i = 0; i < 3; i++) {
      Map<String, Object> row = after.get(i);
      assertEquals(before.get(i).get("legal_hold_until"), row.get("legal_hold_until"));
      assertEquals(Boolean.TRUE, row.get("pseudonymised"));
      assertNull(row.get("user_id"));
      assertNull(row.get("billing_address"));
      assertTrue(((String) row.get("billing_name")).startsWith("pseudonym-"));
      assertFalse(row.get("billing_email").toString().contains(p.email()));
    }
    // the earlier copy is gone too, and the requests keep no contact details
    assertEquals("EXPIRED", Engines.exportStatus(access, "SUBJECT"));
    assertNull(Db.value("SELECT storage_path FROM export_file WHERE request_id = ? AND kind = 'SUBJECT'", access));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE id IN (?, ?) AND (subject_email IS NOT NULL"
        + " OR subject_name IS NOT NULL OR details IS NOT NULL)", access, erasure));

    // tombstones (R-T7): per category, with the day the data leaves the backups
    LocalDate leaves = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(12);
    Set<String> categories = new TreeSet<>();
    for (Map<String, Object> t : Db.rows("SELECT category, row_count, leaves_backups_on, cause FROM tombstone WHERE request_id = ?", erasure)) {
      categories.add((String) t.get("category"));
      assertEquals(leaves, ((java.sql.Date) t.get("leaves_backups_on")).toLocalDate());
      assertEquals("REQUEST", t.get("cause"));
    }
    assertEquals(Set.of("C1", "C2", "C3", "C5", "C7", "C8"), categories);
    assertEquals(3002, Db.count("SELECT SUM(row_count) FROM tombstone WHERE request_id = ? AND category = 'C3'", erasure),
        "3000 visits and 2 sessions");

    // GDPR art. 19: the providers that received the data were notified
    List<String> notified = Db.rows("SELECT sub_processor_name FROM erasure_notice WHERE job_id = ?", Engines.jobId(erasure))
        .stream().map(r -> (String) r.get("sub_processor_name")).toList();
    for (String provider : new String[] {"OVHCloud SAS", "PostHog", "Cloudflare", "CloudFlare", "Stripe"}) {
      assertTrue(notified.contains(provider), provider + " in " + notified);
    }
    assertFalse(notified.contains("Amazon Web Services, Inc."), "media storage never held this person's data");
    assertFalse(notified.contains("Flutterwave") || notified.contains("NotchPay LTD"),
        "the person paid through Stripe only: " + notified);

    // the receipt, e-mailed and downloadable once, in the person's language
    String leavesText = leaves.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRANCE));
    MailTrap.Mail receiptMail = mail.await(m -> m.to().contains(p.email()) && m.subject().contains(reference)
        && m.subject().startsWith("Reçu"));
    assertTrue(receiptMail.text().contains("Journal de navigation"), receiptMail.text());
    assertTrue(receiptMail.text().contains(leavesText), receiptMail.text());
    assertTrue(receiptMail.text().contains("PostHog"), receiptMail.text());
    mail.await(m -> m.to().contains(p.email()) && m.subject().contains(reference) && m.subject().contains("traitée"));
    Binary receipt = Engines.post(Engines.link(receiptMail), "fr");
    assertEquals(200, receipt.status());
    assertTrue(receipt.header("content-type").startsWith("text/html"));
    Document html = Jsoup.parse(receipt.text());
    assertEquals("fr", html.selectFirst("html").attr("lang"));
    assertEquals("Reçu d'effacement", html.selectFirst("h1").text());
    assertTrue(html.getElementById("leaves-backups").text().contains(leavesText));
    assertTrue(html.text().contains("Code de commerce"), "why the invoices are kept");
    for (String identifying : new String[] {p.email(), p.name(), p.phone()}) {
      assertFalse(receipt.text().contains(identifying), "the receipt names no one");
    }
    assertEquals(410, Engines.post(Engines.link(receiptMail), "fr").status());

    // proof: once the mails are delivered, the scan finds the person nowhere
    Engines.await("a clean scan", () -> Engines.scan(admin, p).getBoolean("clean"), true);
    JsonObject clean = Engines.scan(admin, p);
    assertTrue(clean.getBoolean("clean"), Engines.residue(clean));
    assertTrue(clean.getJsonArray("tables").size() > 20, "every table of the catalogue");

    // the same scan from the admin page, in French
    PortalClient.Page page = admin.get("/admin/engines.xhtml");
    PortalClient.Page result = admin.submit(page, "scan", Map.of("email", p.email(), "name", p.name(), "phone", p.phone()), "run");
    Element found = result.doc().getElementById("scan-result");
    assertEquals("true", found.attr("data-clean"), found.text());
    assertTrue(found.text().contains("Aucun résidu"), found.text());
    Element job = result.doc().selectFirst("tr[data-reference=" + reference + "]");
    assertEquals("SUCCEEDED", job.attr("data-status"));
  }

  @Test
  void aSkippedStepLeavesResidueTheScanFindsAndTheRequestStaysOpenUntilTheJobSucceeds() {
    Person q = People.customer(People.tenant("Atelier Résidu", "LIGHT", false), true, "en");
    People.fill(q, 200);
    Engines.hooks("skip=INVOICES");
    Engines.hooks("skip=BROWSER_LOG");
    PortalClient admin = Requests.admin("en");
    long erasure = People.request(q, "ERASURE");
    String reference = People.reference(erasure);
    Engines.start(admin, erasure);
    Engines.await("the job", () -> Engines.jobStatus(erasure), "FAILED");

    // never shown as completed; the history says why, naming tables, not the person
    assertEquals("IN_PROGRESS", Engines.requestStatus(erasure));
    String why = (String) Db.value("SELECT last_error FROM erasure_job WHERE request_id = ?", erasure);
    assertTrue(why.contains("invoice.billing_email") && why.contains("browser_log.user_id"), why);
    assertFalse(why.contains(q.email()) || why.contains(q.name()));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM request_event WHERE request_id = ? AND action = 'ENGINE_FAILED'", erasure));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM erasure_step WHERE job_id = ? AND code IN ('RECEIPT', 'COMPLETE')"
        + " AND status = 'DONE'", Engines.jobId(erasure)));
    JsonObject scan = Engines.scan(admin, q);
    assertFalse(scan.getBoolean("clean"));
    assertTrue(Engines.residue(scan).contains("invoice.billing_email"), Engines.residue(scan));
    assertTrue(Engines.residue(scan).contains("invoice.billing_name"), Engines.residue(scan));

    // the admin runs it again without the fault: every step once more, then completion
    Engines.clearHooks();
    PortalClient.Page page = admin.get("/admin/engines.xhtml");
    Element row = page.doc().selectFirst("tr[data-reference=" + reference + "]");
    assertEquals("FAILED", row.attr("data-status"));
    String button = row.selectFirst("input[id$=retry-job]").id();
    PortalClient.Page retried = admin.submit(page, "jobs", Map.of(), button.substring("jobs:".length()));
    assertTrue(retried.mainText().contains("Run again."), retried.mainText());
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(erasure));
    assertEquals(2L, ((Number) Db.value("SELECT attempts FROM erasure_job WHERE request_id = ?", erasure)).longValue());
    MailTrap.Mail receipt = mail.await(m -> m.to().contains(q.email()) && m.subject().startsWith("Receipt for your request " + reference));
    assertTrue(receipt.text().contains("Invoices: name, e-mail and address replaced by a pseudonym"), receipt.text());
    assertEquals("true", Engines.await("a clean scan", () -> Boolean.toString(Engines.scan(admin, q).getBoolean("clean")), "true"));
  }

  @Test
  void aTableAddedLaterIsSearchedWithoutChangingTheScan() {
    Person r = People.customer(People.tenant("Atelier Catalogue", "PRO", false), false, "fr");
    PortalClient admin = Requests.admin("en");
    try {
      Db.update("CREATE TABLE it_engines_later (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, memo TEXT)");
      Db.update("INSERT INTO it_engines_later (memo) VALUES (?)", "Rappeler " + r.name().toUpperCase(Locale.ROOT) + " demain");
      JsonObject scan = Engines.scan(admin, r);
      assertFalse(scan.getBoolean("clean"));
      assertTrue(Engines.residue(scan).contains("it_engines_later.memo"), Engines.residue(scan));
      assertTrue(scan.getJsonArray("tables").getValuesAs(jakarta.json.JsonString.class).stream()
          .anyMatch(t -> t.getString().equals("it_engines_later")));
    } finally {
      Db.update("DROP TABLE IF EXISTS it_engines_later");
    }
  }

  /**
   * Issue 10, item 1: while an erasure job holds a request, no admin may mark it handled or reject
   * it (page or API); the page says why; only the job's success completes it. A copy asked for while
   * the person is being erased is never made (item 2).
   */
  @Test
  void aRequestHeldByItsErasureJobIsCompletedOnlyByTheJob() {
    Person p = People.customer(People.tenant("Atelier Attente", "PRO", false), false, "fr");
    People.fill(p, 50);
    PortalClient admin = Requests.admin("en");
    long erasure = People.request(p, "ERASURE");
    String reference = People.reference(erasure);
    Engines.hooks("pauseAfter=SESSIONS");
    Engines.start(admin, erasure);
    Engines.await("the job", () -> Db.count("SELECT COUNT(*) FROM erasure_job WHERE request_id = ?", erasure), 1L);
    long job = Engines.jobId(erasure);
    Engines.await("the first step", () -> Db.value("SELECT status FROM erasure_step WHERE job_id = ? AND code = 'SESSIONS'", job),
        "DONE");
    assertEquals("RUNNING", Engines.jobStatus(erasure));

    PortalClient.Page completed = Requests.act(admin, erasure, "complete", Map.of("note", "Done by hand"));
    assertEquals(409, completed.status(), completed.body());
    assertTrue(completed.json().getString("message").contains("only its job's success completes it"), completed.body());
    PortalClient.Page rejected = Requests.act(admin, erasure, "reject", Map.of("template", "OTHER", "text", "Closing it by hand"));
    assertEquals(409, rejected.status(), rejected.body());
    assertEquals("IN_PROGRESS", Engines.requestStatus(erasure));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM request_event WHERE request_id = ? AND action IN ('COMPLETED', 'REJECTED')", erasure));

    PortalClient.Page page = Requests.admin("fr").get("/admin/request.xhtml?id=" + erasure);
    assertNull(page.doc().getElementById("actions:complete"), "no « marquer comme traitée » while the job runs");
    assertNull(page.doc().getElementById("actions:reject"));
    Element hold = page.doc().getElementById("engine-hold");
    assertTrue(hold != null && hold.text().contains("Un effacement exécute cette demande") && hold.text().contains("1 étape faite sur 18"),
        page.mainText());

    // a copy asked for now would hold data being erased: the engine does not make it
    long access = People.request(p, "ACCESS");
    Engines.start(admin, access);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM export_file WHERE request_id = ?", access));
    assertTrue(((String) Db.value("SELECT note FROM request_event WHERE request_id = ? AND action = 'ENGINE_FAILED'", access))
        .contains("no copy is made"));

    Engines.clearHooks();
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(erasure));
    assertEquals(List.of("SYSTEM"), Db.rows("SELECT actor_kind FROM request_event WHERE request_id = ? AND action = 'COMPLETED'",
        erasure).stream().map(r -> (String) r.get("actor_kind")).toList(), "completed once, by the job");
    assertEquals("REJECTED", Engines.requestStatus(access), "closed by the erasure");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM export_file WHERE request_id = ?", access), "never a copy");
    mail.await(m -> m.to().contains(p.email()) && m.subject().contains(reference) && m.subject().contains("traitée"));
    assertEquals(1, mail.to(p.email()).stream().filter(m -> m.subject().contains(reference) && m.subject().contains("traitée"))
        .count(), "one completion mail, from the job");
  }

  /**
   * Issue 10, item 2: the person's other open requests are closed by the erasure with a reason the
   * admin reads in their language and the person in theirs, or folded into it; none stays open
   * without contact, draws a reminder, or gets a copy.
   */
  @Test
  void anErasureClosesOrFoldsInThePersonsOtherOpenRequests() {
    Person p = People.customer(People.tenant("Atelier Fermeture", "PRO", false), false, "fr");
    People.fill(p, 20);
    PortalClient admin = Requests.admin("en");
    long access = People.request(p, "ACCESS");
    long objection = People.request(p, "OBJECTION");
    long rectification = People.request(p, "RECTIFICATION");
    Db.update("UPDATE privacy_request SET status = 'IN_PROGRESS' WHERE id = ?", rectification);
    // the access request is already late: after the erasure, no reminder about it
    Db.update("UPDATE privacy_request SET due_date = ?, original_due_date = ? WHERE id = ?",
        It.today().minusDays(1), It.today().minusDays(1), access);
    String accessRef = People.reference(access);
    String objectionRef = People.reference(objection);
    String rectificationRef = People.reference(rectification);

    long erasure = People.request(p, "ERASURE");
    String reference = People.reference(erasure);
    Engines.start(admin, erasure);
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");

    assertEquals("REJECTED", Engines.requestStatus(access));
    assertEquals("COMPLETED", Engines.requestStatus(objection), "folded into the erasure");
    assertEquals("REJECTED", Engines.requestStatus(rectification));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_ref = ? AND status IN"
        + " ('SUBMITTED', 'IDENTITY_PENDING', 'VERIFIED', 'IN_PROGRESS')", p.subjectRef()), "nothing left open");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE id IN (?, ?, ?) AND (subject_email IS NOT NULL"
        + " OR subject_name IS NOT NULL)", access, objection, rectification));
    String reason = (String) Db.value("SELECT rejection_reason FROM privacy_request WHERE id = ?", access);
    assertTrue(reason.contains("vos données ont été effacées à votre demande " + reference), reason);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM export_file WHERE request_id = ?", access), "no copy for nobody");

    // the admin reads why, in their language
    String history = admin.get("/admin/request.xhtml?id=" + access).doc().getElementById("request-history").text();
    assertTrue(history.contains("Closed: the person's data was erased under request " + reference), history);
    String folded = Requests.admin("fr").get("/admin/request.xhtml?id=" + objection).doc().getElementById("request-history").text();
    assertTrue(folded.contains("Exécutée par l'effacement des données de la personne, demande " + reference), folded);

    // the person is told, in their language, with the completion of the erasure
    MailTrap.Mail done = mail.await(m -> m.to().contains(p.email()) && m.subject().contains(reference) && m.subject().contains("traitée"));
    assertTrue(done.text().contains(objectionRef) && done.text().contains("exécutées par cet effacement"), done.text());
    assertTrue(done.text().contains(accessRef) && done.text().contains(rectificationRef) && done.text().contains("sont closes"),
        done.text());

    // no reminder about the closed late request
    admin.post("/api/test/jobs/request-reminders", Map.of());
    assertEquals(List.of(), mail.settle(m -> m.subject().contains(accessRef), java.time.Duration.ofSeconds(3)));
  }
}
