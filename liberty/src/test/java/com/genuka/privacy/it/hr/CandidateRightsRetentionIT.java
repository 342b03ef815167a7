package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 7: exercising a right never extends retention. A candidate not hired is kept 3
 * years after the last exchange about a job (R-T1); opening her page, correcting her phone and
 * filing requests (erasure, restriction) leave her deletion day where it was, and her page says
 * which exchanges count and why.
 */
class CandidateRightsRetentionIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static String hrDate(PortalClient hr, long id) {
    return HrSupport.page(hr, id).doc().getElementById("deletion").attr("data-date");
  }

  private static String ownDate(PortalClient candidate, long id) {
    Element li = candidate.get("/candidate/my-data.xhtml").doc()
        .selectFirst("#candidate-deletion li[data-application=" + id + "]");
    assertNotNull(li, "the candidate's page lists the application");
    return li.attr("data-date");
  }

  @Test
  void openingHerPageCorrectingHerPhoneAndFilingRequestsKeepHerDeletionDay() {
    PortalClient hr = HrSupport.hr("fr");
    String email = HrSupport.uniqueEmail("rights-ret");
    Instant lastJobExchange = Instant.now().minus(Duration.ofDays(700));
    long id = HrSupport.insert("Rights Keeper", email, "Rights tester", "REJECTED", "fr", lastJobExchange, lastJobExchange);
    String due = LocalDate.ofInstant(lastJobExchange, PARIS).plusYears(3).toString();
    assertEquals(due, hrDate(hr, id));
    Object lastContact = Db.value("SELECT last_contact_at FROM candidate WHERE id = ?", id);

    PortalClient candidate = HrSupport.openPage(mail, hr, id, email, "fr");
    assertEquals(due, ownDate(candidate, id), "opening her page is no exchange about a job");
    String rule = candidate.get("/candidate/my-data.xhtml").doc().getElementById("last-contact-rule").text();
    assertTrue(rule.contains("exercer vos droits ne prolonge jamais"), rule);

    Page corrected = candidate.submit(candidate.get("/candidate/my-data.xhtml"), "contact",
        Map.of("phone", "+33 7 55 44 33 22"), "save");
    assertTrue(corrected.mainText().contains("Vos coordonnées sont corrigées"), corrected.mainText());
    assertEquals(due, ownDate(candidate, id), "a correction is a right, not an exchange");

    candidate.submit(candidate.get("/candidate/my-data.xhtml"), "deletion", Map.of("details", "Effacez tout."), "ask");
    long erasure = Requests.idByEmail(email);
    assertEquals("VERIFIED", Requests.status(erasure));
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ? AND kind = 'REQUEST'", id),
        "the request is in her history");
    assertEquals(due, hrDate(hr, id), "an erasure request never pushes deletion back");

    Requests.filePublic(PortalClient.french(), "RESTRICTION", email, "Rights Keeper", "Limitez le traitement.");
    MailTrap.Mail verification = mail.await(m -> m.to().contains(email) && m.text().contains("/request/verify.xhtml"));
    PortalClient.french().openLink(Requests.verifyLink(verification));
    long restriction = Requests.idByEmail(email);
    assertTrue(restriction != erasure);
    assertEquals("VERIFIED", Requests.status(restriction));
    assertEquals(2L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ? AND kind = 'REQUEST'", id));
    assertEquals(due, hrDate(hr, id), "a restriction request never pushes deletion back");
    assertEquals(lastContact, Db.value("SELECT last_contact_at FROM candidate WHERE id = ?", id), "the last contact never moved");
  }

  @Test
  void herPageSaysInEnglishWhichExchangesCount() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("rights-en");
    long id = HrSupport.insert("Rule Reader", email, "Rights tester", "REJECTED", "en", Instant.now(), Instant.now());
    PortalClient candidate = HrSupport.openPage(mail, hr, id, email, "en");
    String rule = candidate.get("/candidate/my-data.xhtml").doc().getElementById("last-contact-rule").text();
    assertTrue(rule.contains("exercising your rights never makes us keep your data longer"), rule);
  }

  /** Issue 10, item 5: once her deletion day has passed, her page says her file is being deleted, not kept. */
  @Test
  void herPageSaysBeingDeletedOnceHerDeletionDayHasPassed() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("past-day");
    Instant lastJobExchange = Instant.now().minus(Duration.ofDays(3 * 366 + 10));
    long id = HrSupport.insert("Past Day", email, "Rights tester", "REJECTED", "en", lastJobExchange, lastJobExchange);
    long kept = HrSupport.insert("Past Day", email, "Second post", "REJECTED", "en", Instant.now(), Instant.now());
    PortalClient candidate = HrSupport.openPage(mail, hr, kept, email, "en");
    Page page = candidate.get("/candidate/my-data.xhtml");
    Element past = page.doc().selectFirst("#candidate-deletion li[data-application=" + id + "]");
    assertNotNull(past, page.mainText());
    assertEquals("Being deleted", past.select(".being-deleted").text(), past.text());
    Element current = page.doc().selectFirst("#candidate-deletion li[data-application=" + kept + "]");
    assertTrue(current.select(".being-deleted").isEmpty(), "an application within its 3 years is kept: " + current.text());
  }
}
