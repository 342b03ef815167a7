package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R-R3 end to end: a candidate reaches their page from a single-use link, corrects their data,
 * objects, answers HR's talent-pool question or asks for deletion; their requests reach HR as well
 * as the admins' queue, HR is e-mailed, and an erasure an admin has started is carried out by HR,
 * except for a hired person still under the legal hold.
 */
class CandidateRequestsIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();
  private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

  private static MailTrap.Mail toHr(String containing) {
    return mail.await(m -> m.to().contains(DemoAccounts.HR.email()) && m.text().contains(containing));
  }

  private static PortalClient openPage(PortalClient hr, long id, String email, String browserLanguage) {
    return HrSupport.openPage(mail, hr, id, email, browserLanguage);
  }

  @Test
  void aCandidatesRequestFromThePublicFormReachesHrOnceVerified() {
    PortalClient hr = HrSupport.hr("fr");
    String email = HrSupport.uniqueEmail("req-public");
    long id = HrSupport.create(hr, "Public Former", email, "Request tester", "fr", null);
    Requests.filePublic(PortalClient.french(), "ACCESS", email, "Public Former", "Que détenez-vous ?");
    long request = Requests.idByEmail(email);
    assertEquals("CANDIDATE", Db.value("SELECT subject_kind FROM privacy_request WHERE id = ?", request));
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", request);
    assertTrue(mail.settle(m -> m.to().contains(DemoAccounts.HR.email()) && m.subject().contains(reference),
        Duration.ofSeconds(3)).isEmpty(), "nothing for HR before the address is proven");

    MailTrap.Mail verification = mail.await(m -> m.to().contains(email) && m.text().contains("/request/verify.xhtml"));
    PortalClient.french().openLink(Requests.verifyLink(verification));
    MailTrap.Mail forHr = mail.await(m -> m.to().contains(DemoAccounts.HR.email()) && m.subject().contains(reference));
    assertTrue(forHr.subject().startsWith("Demande d'un candidat"), forHr.subject());
    assertTrue(forHr.text().contains("/hr/requests.xhtml"));

    Page requests = hr.get("/hr/requests.xhtml");
    Element row = requests.doc().selectFirst("tr[data-request=" + reference + "]");
    assertNotNull(row, requests.mainText());
    assertTrue(row.selectFirst("a[href$='candidate.xhtml?id=" + id + "']") != null, row.html());
    Page detail = HrSupport.page(hr, id);
    assertTrue(detail.doc().getElementById("candidate-requests").text().contains(reference));
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ? AND kind = 'REQUEST'", id));
    // The same request is in the admins' queue.
    PortalClient admin = Requests.admin("fr");
    assertTrue(admin.get("/admin/requests.xhtml").mainText().contains(reference));
  }

  @Test
  void theCandidatesPageIsInTheirBrowsersLanguageAndCorrectsTheirContactData() {
    PortalClient hr = HrSupport.hr("fr");
    String email = HrSupport.uniqueEmail("req-page");
    long id = HrSupport.create(hr, "Page Reader", email, "Request tester", "en", "Good portfolio.");
    PortalClient candidate = openPage(hr, id, email, "fr");
    Page page = candidate.get("/candidate/my-data.xhtml");
    assertEquals("Vos données de candidature", page.h1(), "the browser's language, as on every page");
    assertTrue(page.mainText().contains("Good portfolio."));
    assertEquals(LocalDate.now(PARIS).plusYears(3).toString(),
        page.doc().selectFirst("#candidate-deletion li[data-application=" + id + "]").attr("data-date"));

    Page english = candidate.get("/candidate/my-data.xhtml?lang=en");
    assertEquals("Your application data", english.h1(), "the switch works");
    Page french = candidate.get("/candidate/my-data.xhtml?lang=fr");
    assertEquals("Vos données de candidature", french.h1(), "and back");

    Page corrected = candidate.submit(french, "contact", Map.of("phone", "+33 7 11 22 33 44"), "save");
    assertTrue(corrected.mainText().contains("Vos coordonnées sont corrigées"), corrected.mainText());
    assertEquals("+33 7 11 22 33 44", Db.value("SELECT phone FROM candidate WHERE id = ?", id));
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CANDIDATE_CONTACT_CORRECTED'"
        + " AND target_id = ? AND actor_role = 'CANDIDATE'", Long.toString(id)));
    Page refused = candidate.submit(corrected, "contact", Map.of("email", "not-an-address"), "save");
    assertTrue(refused.mainText().contains("Cette adresse e-mail n'est pas valide"), refused.mainText());
    assertEquals(email, Db.value("SELECT email FROM candidate WHERE id = ?", id));

    Page left = candidate.submit(candidate.get("/candidate/my-data.xhtml"), "leave", Map.of(), "close");
    assertEquals("/candidate/link.xhtml", left.path());
    assertFalse(candidate.get("/candidate/my-data.xhtml").mainText().contains("Page Reader"), "the grant is gone");
  }

  @Test
  void aCandidateAsksForDeletionAndHrCarriesItOutOnceAnAdminStartsIt() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("req-erase");
    long id = HrSupport.create(hr, "Eraser Person", email, "Request tester", "fr", null);
    Db.update("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
        + " VALUES (?,?,?,?,?,?,?)", id, "CV", "cv.pdf", "application/pdf", 10, HrSupport.pdf("cv"), Instant.now());
    String subjectRef = (String) Db.value("SELECT subject_ref FROM candidate WHERE id = ?", id);
    PortalClient candidate = openPage(hr, id, email, "fr");
    Page asked = candidate.submit(candidate.get("/candidate/my-data.xhtml"), "deletion",
        Map.of("details", "Merci de tout supprimer."), "ask");
    long request = Requests.idByEmail(email);
    Map<String, Object> r = Db.rows("SELECT reference, type, status, subject_kind, subject_candidate_id, channel"
        + " FROM privacy_request WHERE id = ?", request).get(0);
    String reference = (String) r.get("reference");
    assertTrue(asked.mainText().contains(reference), asked.mainText());
    assertEquals("ERASURE", r.get("type"));
    assertEquals("VERIFIED", r.get("status"), "the link proved the address");
    assertEquals("CANDIDATE", r.get("subject_kind"));
    assertEquals(id, ((Number) r.get("subject_candidate_id")).longValue());
    assertNotNull(candidate.get("/candidate/my-data.xhtml").doc().getElementById("erasure-open"));
    mail.await(m -> m.to().contains(email) && m.subject().contains(reference));
    toHr(reference);
    mail.await(m -> m.to().contains(DemoAccounts.ADMIN.email()) && m.subject().contains(reference));

    Element waiting = hr.get("/hr/requests.xhtml").doc().selectFirst("tr[data-request=" + reference + "]");
    assertTrue(waiting.text().contains("Waiting for an admin to start it"), waiting.text());
    assertNull(waiting.selectFirst("input[type=submit]"));

    PortalClient admin = Requests.admin("en");
    assertEquals(200, Requests.act(admin, request, "start", Map.of()).status());
    if (erasureEngineDeployed()) {
      // The engine carries the erasure out: HR has nothing to do.
      awaitStatus(request, "COMPLETED");
      assertNull(hr.get("/hr/requests.xhtml?show=ALL").doc().selectFirst("tr[data-request=" + reference + "] input[type=submit]"));
    } else {
      mail.await(m -> m.to().contains(DemoAccounts.HR.email()) && m.subject().contains(reference)
          && m.subject().startsWith("Suppression à effectuer"));
      Page list = hr.get("/hr/requests.xhtml");
      String button = list.doc().selectFirst("tr[data-request=" + reference + "] input[type=submit]").id();
      Page done = hr.submit(list, "requests", Map.of(), button.substring("requests:".length()));
      assertTrue(done.mainText().contains("Deletion done (1 file)"), done.mainText());
      assertEquals(1L, Db.count("SELECT COUNT(*) FROM tombstone WHERE request_id = ? AND subject_ref = ?"
          + " AND category = 'C2' AND cause = 'REQUEST'", request, subjectRef));
      Map<String, Object> closed = Db.rows("SELECT subject_email, subject_name FROM privacy_request WHERE id = ?",
          request).get(0);
      assertNull(closed.get("subject_email"));
      assertNull(closed.get("subject_name"));
      MailTrap.Mail completion = mail.await(m -> m.to().contains(email) && m.subject().contains(reference)
          && m.text().contains("ont été supprimés"));
      assertTrue(completion.text().contains("sauvegardes"));
    }
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate WHERE id = ?", id));
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate_document WHERE candidate_id = ?", id));
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ?", id));
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM access_token WHERE candidate_id = ?", id));
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM subject_key WHERE subject_ref = ?", subjectRef));
    assertEquals("COMPLETED", Requests.status(request));
  }

  /** Whether the erasure engine is deployed (its migration creates erasure_job): it then does HR's part. */
  private static boolean erasureEngineDeployed() {
    return Db.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'erasure_job'") > 0;
  }

  private static void awaitStatus(long request, String status) {
    java.time.Instant deadline = java.time.Instant.now().plus(com.genuka.privacy.it.support.It.PATIENCE);
    while (!status.equals(Requests.status(request)) && java.time.Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertEquals(status, Requests.status(request));
  }

  @Test
  void aHiredPersonsFileStaysWhileTheLawKeepsIt() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("req-hired");
    long id = HrSupport.create(hr, "Hired Person", email, "Request tester", "en", null);
    HrSupport.hire(id, "FR", LocalDate.now(PARIS).minusYears(1), null);
    PortalClient candidate = openPage(hr, id, email, "en");
    Page page = candidate.get("/candidate/my-data.xhtml");
    assertNull(page.doc().getElementById("object"), "no objection for a hired person");
    candidate.submit(page, "deletion", Map.of(), "ask");
    long request = Requests.idByEmail(email);
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", request);
    Requests.act(Requests.admin("en"), request, "start", Map.of());
    if (erasureEngineDeployed()) {
      assertEquals(1L, Db.count("SELECT COUNT(*) FROM candidate WHERE id = ?", id));
      return;
    }
    Page list = hr.get("/hr/requests.xhtml");
    String button = list.doc().selectFirst("tr[data-request=" + reference + "] input[type=submit]").id();
    Page refused = hr.submit(list, "requests", Map.of(), button.substring("requests:".length()));
    assertTrue(refused.mainText().contains("a hired person's file is kept"), refused.mainText());
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM candidate WHERE id = ?", id));
    assertEquals("IN_PROGRESS", Requests.status(request));
  }

  @Test
  void hrAsksARejectedCandidateAboutTheTalentPoolAndTheAnswerCounts() {
    PortalClient hr = HrSupport.hr("fr");
    String yes = HrSupport.uniqueEmail("pool-yes");
    long stays = HrSupport.insert("Pool Stayer", yes, "Pool tester", "REJECTED", "fr",
        Instant.now().minus(Duration.ofDays(700)), Instant.now().minus(Duration.ofDays(700)));
    hr.submit(HrSupport.page(hr, stays), "outreach", Map.of(), "ask-talent-pool");
    assertNotNull(Db.value("SELECT talent_pool_asked_at FROM candidate WHERE id = ?", stays));
    MailTrap.Mail question = mail.await(m -> m.to().contains(yes) && m.subject().contains("futures offres"));
    assertTrue(question.text().contains(LocalDate.now(PARIS).minusDays(700).plusYears(3).format(
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.FRANCE))),
        question.text());
    PortalClient candidate = PortalClient.french();
    Page page = candidate.openLink(HrSupport.pageLink(question));
    assertNotNull(page.doc().getElementById("talent-pool"), page.mainText());
    Page answered = candidate.submit(page, "pool", Map.of(), "stay");
    assertTrue(answered.mainText().contains("nous gardons votre candidature"), answered.mainText());
    assertEquals(Boolean.TRUE, Db.value("SELECT talent_pool_consent FROM candidate WHERE id = ?", stays));
    assertEquals(LocalDate.now(PARIS).plusYears(3).toString(),
        HrSupport.page(hr, stays).doc().getElementById("deletion").attr("data-date"), "agreeing is an exchange");

    String no = HrSupport.uniqueEmail("pool-no");
    long leaves = HrSupport.insert("Pool Leaver", no, "Pool tester", "REJECTED", "en", Instant.now(), Instant.now());
    hr.submit(HrSupport.page(hr, leaves), "outreach", Map.of(), "ask-talent-pool");
    MailTrap.Mail ask = mail.await(m -> m.to().contains(no) && m.subject().contains("future offers"));
    PortalClient other = PortalClient.english();
    other.submit(other.openLink(HrSupport.pageLink(ask)), "pool", Map.of(), "leave");
    assertEquals(Boolean.FALSE, Db.value("SELECT talent_pool_consent FROM candidate WHERE id = ?", leaves));
    assertEquals(Boolean.TRUE, Db.value("SELECT objected_to_retention FROM candidate WHERE id = ?", leaves));
    assertEquals(LocalDate.now(PARIS).toString(), HrSupport.page(hr, leaves).doc().getElementById("deletion").attr("data-date"));
    toHr("Pool tester");
  }

  @Test
  void aCandidateObjectsForEveryApplicationUnderTheirAddress() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("req-object");
    long first = HrSupport.create(hr, "Two Applications", email, "Objection tester A", "en", null);
    long second = HrSupport.create(hr, "Two Applications", email, "Objection tester B", "en", null);
    PortalClient candidate = openPage(hr, first, email, "en");
    Page page = candidate.get("/candidate/my-data.xhtml");
    assertEquals(2, page.doc().select("section.application").size(), "both applications are shown");
    Page objected = candidate.submit(page, "object", Map.of(), "object");
    assertTrue(objected.mainText().contains("Your objection is recorded"), objected.mainText());
    assertEquals(2L, Db.count("SELECT COUNT(*) FROM candidate WHERE email = ? AND objected_to_retention", email));
    assertNotNull(objected.doc().getElementById("already-objected"));
    toHr("Objection tester A");
    Element row = hr.get("/hr/due.xhtml").doc().selectFirst("tr[data-candidate=" + second + "]");
    assertNotNull(row, "due today");
  }

  @Test
  void aCandidateGetsANewLinkWithoutTheFormTellingWhoApplied() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("req-link");
    HrSupport.create(hr, "Link Asker", email, "Link tester", "en", null);
    PortalClient visitor = PortalClient.english();
    Page known = visitor.submit(visitor.get("/candidate/link.xhtml"), "candidateLink", Map.of("email", email), "send");
    String unknownEmail = HrSupport.uniqueEmail("req-link-unknown");
    Page unknown = visitor.submit(visitor.get("/candidate/link.xhtml"), "candidateLink", Map.of("email", unknownEmail),
        "send");
    assertEquals(known.doc().getElementById("link-sent").text(), unknown.doc().getElementById("link-sent").text());
    MailTrap.Mail link = mail.await(m -> m.to().contains(email));
    assertTrue(PortalClient.english().openLink(HrSupport.pageLink(link)).mainText().contains("Link Asker"));
    assertTrue(mail.settle(m -> m.to().contains(unknownEmail), Duration.ofSeconds(2)).isEmpty());
  }
}
