package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer's new e-mail address takes effect only from the link sent to it: data is matched by
 * address (a candidate's applications, requests filed from it), so an address typed but not proved
 * must reach nothing, and the login stays the old one until then.
 */
class EmailChangeIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();


  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | si cette adresse peut devenir la vôtre | Confirmez votre nouvelle adresse e-mail | votre nouvelle adresse e-mail est confirmée",
    "en | if this address can become yours | Confirm your new e-mail address | your new e-mail address is confirmed"})
  void aNewAddressTakesEffectOnlyFromTheLinkSentToIt(String language, String pending, String subject, String confirmed) {
    Customer c = Fixtures.newCustomer(language);
    String newEmail = "new-" + c.email();
    long open = Fixtures.request(c, "ACCESS", "VERIFIED");
    long closed = Fixtures.request(c, "ACCESS", "COMPLETED");
    PortalClient client = c.login();
    Page form = client.get("/customer/contact.xhtml");
    Page saved = client.submit(form, "contact", Map.of("email", newEmail, "city", "Douala"), "save");
    assertTrue(saved.mainText().contains(pending), saved.mainText());
    assertEquals(c.email(), Db.value("SELECT email FROM user_account WHERE id = ?", c.userId()), "not before the link");
    assertEquals("Douala", Db.value("SELECT city FROM user_account WHERE id = ?", c.userId()), "the rest is saved at once");

    MailTrap.Mail sent = mail.await(m -> m.to().contains(newEmail));
    assertEquals(subject, sent.subject());
    assertTrue(mail.all().stream().noneMatch(m -> m.to().equalsIgnoreCase(c.email()) && m.subject().equals(subject)),
        "the link goes to the new address only");

    Page looked = PortalClient.speaking(language).get(sent.link("/email/confirm.xhtml"));
    assertEquals("READY", looked.doc().getElementById("email-confirm-result").attr("data-result"));
    assertTrue(looked.mainText().contains(newEmail), "the page says which address is being confirmed");
    assertEquals(c.email(), Db.value("SELECT email FROM user_account WHERE id = ?", c.userId()),
        "opening the link, as a mail scanner does, changes nothing");
    Page opened = PortalClient.speaking(language).openLink(sent.link("/email/confirm.xhtml"));
    assertEquals("CONFIRMED", opened.doc().getElementById("email-confirm-result").attr("data-result"));
    assertTrue(opened.mainText().contains(confirmed), opened.mainText());
    assertEquals(newEmail, Db.value("SELECT email FROM user_account WHERE id = ?", c.userId()));
    assertEquals(newEmail, Db.value("SELECT subject_email FROM privacy_request WHERE id = ?", open),
        "an open request's mails follow the new address");
    assertEquals(c.email(), Db.value("SELECT subject_email FROM privacy_request WHERE id = ?", closed));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_ref = ? AND action = 'CONTACT_RECTIFIED'"
        + " AND summary LIKE '%email%'", c.subjectRef()));

    Page again = PortalClient.speaking(language).openLink(sent.link("/email/confirm.xhtml"));
    String changed = "fr".equals(language) ? "Votre adresse e-mail a été modifiée" : "Your e-mail address was changed";
    MailTrap.Mail notice = mail.await(m -> m.subject().equals(changed) && m.to().contains(c.email())
        && !m.to().contains(newEmail));
    assertTrue(notice.text().contains(newEmail), "the old address hears of the change: " + notice.text());
    assertEquals("ALREADY_USED", again.doc().getElementById("email-confirm-result").attr("data-result"));
    Page landing = PortalClient.speaking(language).login(newEmail, Fixtures.PASSWORD);
    assertFalse(landing.path().endsWith("/login.xhtml"), "the new address is the login now");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"forged", "taken"})
  void aForgedLinkOrAnAddressTakenMeanwhileChangesNothing(String how) {
    Customer c = Fixtures.newCustomer("en");
    Customer other = Fixtures.newCustomer("en");
    String newEmail = "later-" + c.email();
    PortalClient client = c.login();
    client.submit(client.get("/customer/contact.xhtml"), "contact", Map.of("email", newEmail), "save");
    String link = mail.await(m -> m.to().contains(newEmail)).link("/email/confirm.xhtml");
    if ("forged".equals(how)) {
      link = link.replaceAll("token=.*", "token=not-a-token");
    } else {
      Db.update("UPDATE user_account SET email = ? WHERE id = ?", newEmail, other.userId());
    }
    Page opened = PortalClient.english().openLink(link);
    assertEquals("forged".equals(how) ? "UNKNOWN" : "TAKEN",
        opened.doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(c.email(), Db.value("SELECT email FROM user_account WHERE id = ?", c.userId()));
  }

  /**
   * The form answers alike for an address that has an account and for one that has none, so that no
   * one learns from it who is a customer; the owner of the known address is told by mail instead.
   */
  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Votre adresse e-mail a été indiquée sur le portail de confidentialité Genuka | rien n'a été modifié",
    "en | Your e-mail address was given on the Genuka privacy portal | nothing was changed"})
  void aKnownAddressGetsTheAnswerOfAnUnknownOneAndItsOwnerIsTold(String language, String subject, String nothing) {
    Customer c = Fixtures.newCustomer(language);
    Customer owner = Fixtures.newCustomer(language);
    String unknown = "nobody-" + c.email();
    PortalClient client = c.login();
    Page known = client.submit(client.get("/customer/contact.xhtml"), "contact", Map.of("email", owner.email()), "save");
    Page fresh = client.submit(client.get("/customer/contact.xhtml"), "contact", Map.of("email", unknown), "save");
    assertEquals(200, known.status());
    assertEquals(fresh.doc().select(".messages").text().replace(unknown, "X"),
        known.doc().select(".messages").text().replace(owner.email(), "X"), "the same answer");
    assertTrue(known.doc().select(".field-error, .message-error").isEmpty(), known.mainText());
    MailTrap.Mail told = mail.await(m -> m.to().contains(owner.email()));
    assertEquals(subject, told.subject());
    assertTrue(told.text().contains(nothing), told.text());
    assertFalse(told.text().contains(c.email()), "the owner is not told who typed it");
    mail.await(m -> m.to().contains(unknown));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM access_token WHERE new_email = ?", owner.email()),
        "no link exists for a held address");
    assertEquals(c.email(), Db.value("SELECT email FROM user_account WHERE id = ?", c.userId()));
    assertEquals(owner.email(), Db.value("SELECT email FROM user_account WHERE id = ?", owner.userId()));
  }
}
