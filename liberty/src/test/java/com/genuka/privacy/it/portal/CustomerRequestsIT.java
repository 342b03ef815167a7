package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filing, following and cancelling requests from the portal, the deliberate confirmation of an
 * erasure or a company-database deletion, and the expiring download of a finished export.
 */
class CustomerRequestsIT {

  @org.junit.jupiter.api.extension.RegisterExtension static final com.genuka.privacy.it.support.MailTrap mail =
      new com.genuka.privacy.it.support.MailTrap();

  private static Page file(PortalClient client, String type, String details, String confirmation) {
    Page page = client.get("/customer/requests.xhtml");
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("type", type);
    fields.put("details", details);
    fields.put("confirmation", confirmation);
    return client.submit(page, "file", fields, "submit");
  }

  @Test
  void anAccessRequestIsFiledFollowedAndCancelled() {
    Customer c = Fixtures.newCustomer("en");
    PortalClient client = c.login();
    Page filed = file(client, "ACCESS", "All of it, please.", "");
    assertEquals("/customer/request.xhtml", filed.path(), filed.mainText());
    assertTrue(filed.mainText().contains("Your request is registered"), filed.mainText());
    assertEquals("Access", filed.doc().getElementById("request-type").text());
    assertEquals("Verified", filed.doc().getElementById("request-status").text());
    LocalDate due = ((java.sql.Date) Db.value("SELECT due_date FROM privacy_request WHERE subject_user_id = ?", c.userId()))
        .toLocalDate();
    assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusMonths(1), due);
    assertTrue(filed.doc().getElementById("request-history").select("li").size() >= 2, "submitted, then verified");
    assertFalse(filed.doc().getElementById("request-history").text().contains("identity proven"),
        "the workflow's own notes (in English) stay in the admins' console");

    Page list = client.get("/customer/requests.xhtml");
    assertTrue(list.doc().getElementById("requests").text().contains("Access"));

    Page cancelled = client.submit(filed, "cancel", Map.of(), "go");
    assertTrue(cancelled.mainText().contains("Your request is cancelled"), cancelled.mainText());
    assertEquals("Cancelled", cancelled.doc().getElementById("request-status").text());
    assertEquals("CANCELLED", Db.value("SELECT status FROM privacy_request WHERE subject_user_id = ?", c.userId()));
  }

  /**
   * The history tells what happened at each step, punctuated the reader's way; an admin taking the
   * request in hand is the team's business and does not read as a second "verified".
   */
  @Test
  void theHistoryTellsEachStepOnceInTheReadersWords() {
    Customer c = Fixtures.newCustomer("en");
    PortalClient client = c.login();
    Page filed = file(client, "RECTIFICATION", "My phone changed.", "");
    assertEquals("/customer/request.xhtml", filed.path(), filed.mainText());
    long id = ((Number) Db.value("SELECT MAX(id) FROM privacy_request WHERE subject_user_id = ?", c.userId())).longValue();
    PortalClient admin = com.genuka.privacy.it.support.Requests.admin("en");
    long adminId = ((Number) Db.value("SELECT id FROM user_account WHERE email = ?",
        com.genuka.privacy.demo.control.DemoAccounts.ADMIN.email())).longValue();
    assertEquals(200, com.genuka.privacy.it.support.Requests.act(admin, id, "assign",
        Map.of("admin", Long.toString(adminId))).status());
    String path = "/customer/request.xhtml?id=" + id;
    Page english = client.get(path);
    org.jsoup.select.Elements steps = english.doc().select("#request-history li");
    assertTrue(steps.stream().noneMatch(li -> "ASSIGNED".equals(li.attr("data-action"))), steps.text());
    String text = english.doc().getElementById("request-history").text();
    assertEquals(1, text.split("Identity verified", -1).length - 1, "verified once: " + text);
    assertTrue(text.contains("You: Request received"), text);
    assertFalse(text.contains(" :"), "no French spacing in English: " + text);
    client.get("/customer/account.xhtml?lang=fr");
    String french = client.get(path).doc().getElementById("request-history").wholeText();
    assertTrue(french.contains("Vous\u00a0: Demande reçue"), "a no-break space before the colon: " + french);
  }

  @Test
  void aRequestSpeaksTheLanguageItWasFiledIn() {
    Customer c = Fixtures.newCustomer("fr");
    PortalClient english = PortalClient.english();
    english.login(c.email(), Fixtures.PASSWORD);
    Page filed = file(english, "ACCESS", "", "");
    assertEquals("Access", filed.doc().getElementById("request-type").text(), filed.mainText());
    assertEquals("en", Db.value("SELECT locale FROM privacy_request WHERE subject_user_id = ?", c.userId()));
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE subject_user_id = ?", c.userId());
    com.genuka.privacy.it.support.MailTrap.Mail ack = mail.await(m -> m.to().contains(c.email())
        && m.subject().contains(reference));
    assertEquals("en", ack.header("Content-Language"), "the acknowledgment in the page's language: " + ack.subject());
  }

  @Test
  void erasingTheAccountNeedsTheCompanyNameAndSaysWhatTheLawKeeps() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.invoice(c, LocalDate.of(2026, 2, 1), LocalDate.of(2036, 2, 1));
    PortalClient client = c.login();
    Page form = client.get("/customer/requests.xhtml");
    assertTrue(form.doc().getElementById("kept-by-law").text().contains("1 février 2036"), form.mainText());
    Page refused = file(client, "ERASURE", "", "Une autre société");
    assertTrue(refused.mainText().contains("Le nom de l'entreprise ne correspond pas"), refused.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ?", c.userId()));
    Page filed = file(client, "ERASURE", "", "  " + c.company().toUpperCase() + " ");
    assertEquals("Effacement", filed.doc().getElementById("request-type").text(), filed.mainText());
    assertEquals(1, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ? AND type = 'ERASURE'", c.userId()));
  }

  @Test
  void onlyTheCompanysAdministratorMayAskForTheWholeDatabase() {
    Customer admin = Fixtures.newCustomer("en");
    Customer member = Fixtures.customerOf(admin.tenantId(), admin.company(), "en", false);
    PortalClient client = member.login();
    Page form = client.get("/customer/requests.xhtml");
    assertFalse(form.body().contains("TENANT_DELETION"), "not offered to a member");
    Page forged = file(client, "TENANT_DELETION", "", member.company());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ?", member.userId()));
    assertFalse(forged.path().endsWith("request.xhtml"));
    Page filed = file(admin.login(), "TENANT_DELETION", "", admin.company());
    assertEquals("Company database deletion", filed.doc().getElementById("request-type").text(), filed.mainText());
  }

  @Test
  void aCardNumberInTheDetailsIsRefused() {
    Customer c = Fixtures.newCustomer("en");
    Page refused = file(c.login(), "ACCESS", "my card 4111 1111 1111 1111", "");
    assertTrue(refused.mainText().contains("The details hold a payment card number"), refused.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ?", c.userId()));
  }

  @Test
  void aFinishedExportDownloadsUntilItsLinkExpires() throws Exception {
    Customer c = Fixtures.newCustomer("en");
    long request = Fixtures.request(c, "PORTABILITY", "COMPLETED");
    long ready = Fixtures.exportFile(request, "READY", "PK-mine", Instant.now().plusSeconds(3600));
    long expired = Fixtures.exportFile(request, "READY", "PK-mine", Instant.now().minusSeconds(60));
    PortalClient client = c.login();
    Page detail = client.get("/customer/request.xhtml?id=" + request);
    assertEquals(1, detail.doc().select("#download-list a").size(), "only the live link is offered");
    assertTrue(detail.doc().getElementById("download-list").text().contains("the link has expired"));
    Page download = client.get(detail.doc().selectFirst("#download-list a").attr("abs:href"));
    assertEquals(200, download.status());
    assertEquals("PK-mine", download.body());
    assertTrue(download.headers().get("content-disposition").get(0).startsWith("attachment"));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_DOWNLOADED' AND subject_ref = ?", c.subjectRef()));
    Page late = client.get("/customer/download/" + Fixtures.downloadKey(expired));
    assertEquals(410, late.status());
    assertEquals("Link expired", late.h1());
    assertFalse(late.body().contains("PK-mine"));
  }
}
