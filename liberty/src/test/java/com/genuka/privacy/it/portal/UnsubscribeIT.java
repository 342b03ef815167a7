package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap.Mail;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.PortalClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-R6: marketing reaches only those who accepted it; each message carries a one-click unsubscribe
 * link and the RFC 8058 headers, received here through a real SMTP server (GreenMail); the link
 * works without login, records the withdrawal once, and the next mailing skips that person.
 */
class UnsubscribeIT {

  static final MailTrap MAIL = new MailTrap();

  @BeforeAll
  static void start() {
    MAIL.start();
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  private static void sendNewsletter(String title) {
    PortalClient admin = PortalClient.english();
    admin.login(DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Page form = admin.get("/admin/newsletter.xhtml");
    Page sent = admin.submit(form, "newsletter", Map.of("titleFr", title + " (fr)", "textFr", "Nouveautés de novembre.",
        "titleEn", title + " (en)", "textEn", "What is new in November."), "send");
    assertTrue(sent.mainText().contains("queued for"), sent.mainText());
  }

  @Test
  void oneClickUnsubscribeFromARealMarketingMail() {
    Customer subscribed = Fixtures.newCustomer("en");
    Customer french = Fixtures.newCustomer("fr");
    Customer refused = Fixtures.newCustomer("en");
    Fixtures.consent(subscribed, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    Fixtures.consent(french, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    Fixtures.consent(refused, "MARKETING", true, Instant.now().minusSeconds(2 * 86_400), "SIGNUP");
    Fixtures.consent(refused, "MARKETING", false, Instant.now().minusSeconds(86_400), "PORTAL");
    String title = Fixtures.unique("Genuka news");
    sendNewsletter(title);

    Mail mail = MAIL.await(m -> m.to().contains(subscribed.email()) && m.subject().startsWith(title));
    assertEquals(title + " (en)", mail.subject());
    Mail fr = MAIL.await(m -> m.to().contains(french.email()) && m.subject().startsWith(title));
    assertEquals(title + " (fr)", fr.subject(), "each in their own language");
    String header = mail.header("List-Unsubscribe");
    assertTrue(header.matches("<http://localhost:\\d+/unsubscribe\\?t=[A-Za-z0-9_-]+>"), header);
    assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
    String url = header.substring(1, header.length() - 1);
    assertTrue(mail.text().contains(url), "the link is also in the text: " + mail.text());
    assertTrue(mail.html().contains("href=\"" + url.replace("&", "&amp;") + "\""), "and a link in the HTML part");
    assertTrue(MAIL.settle(m -> m.to().contains(refused.email()), Duration.ofSeconds(3)).isEmpty(),
        "no marketing to whoever withdrew");

    // What a mail client does for RFC 8058: a POST, no cookie, no login.
    Page oneClick = new PortalClient("en").postRaw(url, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
    assertEquals(200, oneClick.status());
    var rows = Db.rows("SELECT granted, method FROM consent_record WHERE user_id = ? ORDER BY recorded_at DESC, id DESC",
        subscribed.userId());
    assertEquals(Boolean.FALSE, rows.get(0).get("granted"));
    assertEquals("UNSUBSCRIBE_LINK", rows.get(0).get("method"));
    Page again = new PortalClient("en").postRaw(url, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
    assertEquals(200, again.status(), "idempotent");
    assertEquals(2, Db.count("SELECT COUNT(*) FROM consent_record WHERE user_id = ?", subscribed.userId()), "recorded once");

    Page page = new PortalClient("en").get(url);
    assertTrue(page.doc().getElementById("unsub-already").text().contains("does not receive our marketing e-mails"));

    String second = Fixtures.unique("Second news");
    sendNewsletter(second);
    MAIL.await(m -> m.to().contains(french.email()) && m.subject().startsWith(second));
    assertTrue(MAIL.settle(m -> m.to().contains(subscribed.email()) && m.subject().startsWith(second), Duration.ofSeconds(2)).isEmpty());
  }

  @Test
  void theLinkOpenedInABrowserAsksFirstThenConfirms() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.consent(c, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    PortalClient browser = PortalClient.french();
    Page ask = browser.get("/unsubscribe?t=" + c.unsubscribeToken());
    assertEquals(200, ask.status());
    assertTrue(ask.mainText().contains("Ne plus envoyer d'e-mails marketing"), ask.mainText());
    assertEquals(1, Db.count("SELECT COUNT(*) FROM consent_record WHERE user_id = ?", c.userId()), "a GET changes nothing");
    Page done = browser.post(ask.doc().getElementById("unsub-form").attr("abs:action"), Map.of());
    assertTrue(done.doc().getElementById("unsub-done").text().startsWith("C'est fait"), done.mainText());
    assertEquals(Boolean.FALSE, Db.value("SELECT granted FROM consent_record WHERE user_id = ? ORDER BY id DESC LIMIT 1", c.userId()));
  }

  @Test
  void anUnknownLinkSaysSoAndChangesNothing() {
    Page page = PortalClient.english().get("/unsubscribe?t=NotARealTokenAtAll123");
    assertTrue(page.doc().getElementById("unsub-unknown").text().contains("not valid"));
    Page post = new PortalClient("en").postRaw("/unsubscribe?t=NotARealTokenAtAll123", "application/x-www-form-urlencoded",
        "List-Unsubscribe=One-Click");
    assertEquals(404, post.status());
  }

  @Test
  void theCustomerSwitchesConsentsInThePortalWithHistory() {
    Customer c = Fixtures.newCustomer("en");
    PortalClient client = c.login();
    Page page = client.get("/customer/consents.xhtml");
    assertEquals("Refused", page.doc().getElementById("state-MARKETING").text());
    String form = page.doc().selectFirst("#consent-MARKETING form").id();
    Page granted = client.submit(page, form, Map.of(), "grant");
    assertEquals("Accepted", granted.doc().getElementById("state-MARKETING").text(), granted.mainText());
    assertTrue(granted.doc().getElementById("consent-history-table").text().contains("in the portal"));
    assertTrue(granted.doc().getElementById("consent-history-table").text().contains("Version of 3 May 2024"));
    Page withdrawn = client.submit(granted, granted.doc().selectFirst("#consent-MARKETING form").id(), Map.of(), "withdraw");
    assertEquals("Refused", withdrawn.doc().getElementById("state-MARKETING").text());
    assertEquals(2, withdrawn.doc().select("#consent-history-table tbody tr").size());
    assertEquals(2, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_ref = ? AND action LIKE 'CONSENT_%'", c.subjectRef()));
  }

  @Test
  void withdrawingEventSharingStopsItForEventsToComeNotForThosePast() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.consent(c, "EVENT_SHARING", true, Instant.now().minusSeconds(86_400 * 30L), "PORTAL");
    long coming = Db.insert("INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email,"
        + " share_with_partners, registered_at) VALUES (?, 'Salon à venir', ?, 'GICAM', 'Awa Test', ?, TRUE, ?)",
        c.userId(), It.today().plusMonths(2), c.email(), Instant.now());
    long past = Db.insert("INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email,"
        + " share_with_partners, registered_at) VALUES (?, 'Salon passé', ?, 'GICAM', 'Awa Test', ?, TRUE, ?)",
        c.userId(), It.today().minusMonths(2), c.email(), Instant.now().minusSeconds(86_400 * 90L));
    PortalClient client = c.login();
    Page page = client.get("/customer/consents.xhtml");
    Page withdrawn = client.submit(page, page.doc().selectFirst("#consent-EVENT_SHARING form").id(), Map.of(), "withdraw");
    assertTrue(withdrawn.mainText().contains("vos inscriptions aux événements à venir ne seront plus partagées"), withdrawn.mainText());
    assertEquals(Boolean.FALSE, Db.value("SELECT share_with_partners FROM event_registration WHERE id = ?", coming));
    assertEquals(Boolean.TRUE, Db.value("SELECT share_with_partners FROM event_registration WHERE id = ?", past),
        "what was passed on for a past event cannot be taken back");
    Page events = client.get("/customer/category.xhtml?c=C8");
    assertTrue(events.doc().getElementById("events").text().contains("Non partagées"), events.mainText());
  }
}
