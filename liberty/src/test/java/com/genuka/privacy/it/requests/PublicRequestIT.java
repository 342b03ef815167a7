package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import com.genuka.privacy.it.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-Q3: a request from someone without an account is acted on only once they prove their address. */
class PublicRequestIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, Confirmez votre demande, 'Merci, votre adresse est confirmée', est enregistrée, Nouvelle demande",
    "en, Confirm your request, 'Thank you, your address is confirmed', is registered, New request",
  })
  void aVisitorProvesTheirAddressAndTheRequestIsVerified(String language, String verifySubject, String verifiedText,
      String ackSubject, String adminSubject) {
    String email = "visitor-" + UUID.randomUUID() + "@example.org";
    PortalClient visitor = PortalClient.speaking(language);
    Page sent = Requests.filePublic(visitor, "ACCESS", email, "Marc Petit", "What do you hold about me?");
    assertTrue(sent.doc().getElementById("public-sent") != null, sent.mainText());
    long id = Requests.idByEmail(email);
    assertEquals("IDENTITY_PENDING", Requests.status(id));

    MailTrap.Mail verification = mail.await(m -> m.to().contains(email) && m.subject().startsWith(verifySubject));
    assertEquals(language, verification.header("Content-Language"));
    assertTrue(verification.html().contains("<a href=\"http"), "multipart, with an HTML part holding the link");
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", id);
    assertTrue(verification.subject().contains(reference));
    mail.await(m -> m.to().contains(DemoAccounts.ADMIN.email()) && m.subject().contains(reference)
        && m.subject().startsWith("Nouvelle demande"));
    mail.await(m -> m.to().contains(DemoAccounts.ADMIN_2.email()) && m.subject().contains(reference)
        && m.subject().startsWith("New request"));

    Page looked = PortalClient.english().get(Requests.verifyLink(verification));
    assertEquals("READY", looked.doc().getElementById("verify-result").attr("data-result"));
    assertEquals("IDENTITY_PENDING", Requests.status(id), "opening the link, as a mail scanner does, proves nothing");
    Page verified = visitor.openLink(Requests.verifyLink(verification));
    assertEquals("VERIFIED", verified.doc().getElementById("verify-result").attr("data-result"));
    assertTrue(verified.mainText().contains(verifiedText), verified.mainText());
    assertEquals("VERIFIED", Requests.status(id));
    MailTrap.Mail ack = mail.await(m -> m.to().contains(email) && m.subject().contains(ackSubject));
    String due = (String) Db.value("SELECT CAST(due_date AS VARCHAR) FROM privacy_request WHERE id = ?", id);
    assertTrue(ack.text().contains(java.time.LocalDate.parse(due).getYear() + ""), ack.text());

    Page again = visitor.openLink(Requests.verifyLink(verification));
    assertEquals("ALREADY_USED", again.doc().getElementById("verify-result").attr("data-result"));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM request_event WHERE request_id = ? AND action = 'VERIFIED'", id),
        "a reused link verifies nothing twice");
    assertFalse(adminSubject.isEmpty());
  }

  @Test
  void theAnswerIsTheSameWhetherTheAddressIsKnownOrNot() {
    Page known = Requests.filePublic(PortalClient.french(), "ACCESS", DemoAccounts.LIGHT_OWNER.email(), "", "");
    Page unknown = Requests.filePublic(PortalClient.french(), "ACCESS", "nobody-" + UUID.randomUUID() + "@example.org", "", "");
    assertEquals(known.doc().getElementById("public-sent").text(), unknown.doc().getElementById("public-sent").text());
    assertEquals(known.status(), unknown.status());
  }

  @Test
  void aLinkOpenedAfter24HoursHasExpiredAndVerifiesNothing() {
    String email = "late-" + UUID.randomUUID() + "@example.org";
    PortalClient visitor = PortalClient.english();
    Requests.filePublic(visitor, "ERASURE", email, "Late Visitor", "");
    MailTrap.Mail verification = mail.await(m -> m.to().contains(email) && m.subject().startsWith("Confirm your request"));
    long id = Requests.idByEmail(email);
    try {
      TestClock.travelTo(Instant.now().plus(Duration.ofHours(24)).plusSeconds(120));
      Page expired = visitor.openLink(Requests.verifyLink(verification));
      assertEquals("EXPIRED", expired.doc().getElementById("verify-result").attr("data-result"));
      assertTrue(expired.mainText().contains("This link has expired"), expired.mainText());
    } finally {
      TestClock.reset();
    }
    assertEquals("IDENTITY_PENDING", Requests.status(id));
    Page forged = visitor.get("/request/verify.xhtml?token=not-a-real-token");
    assertEquals("UNKNOWN", forged.doc().getElementById("verify-result").attr("data-result"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, Trop de demandes", "en, Too many requests"})
  void theFormIsRateLimitedPerAddress(String language, String refusal) {
    String email = "busy-" + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 3; i++) {
      Requests.filePublic(PortalClient.speaking(language), "ACCESS", email, "", "");
    }
    long before = Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?", email);
    Page fourth = Requests.filePublic(PortalClient.speaking(language), "ACCESS", email, "", "");
    assertTrue(fourth.mainText().contains(refusal), fourth.mainText());
    assertEquals(before, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?", email), "nothing filed");
  }

  /**
   * Forty requests an hour from one network (the test server's limit; ten in production). Filed
   * ten days in the past, so that the other tests' hour stays clear.
   */
  @Test
  void theFormIsRateLimitedPerNetwork() {
    try {
      TestClock.travelTo(Instant.now().minus(Duration.ofDays(10)));
      int accepted = 0;
      Page last = null;
      for (int i = 0; i < 41; i++) {
        last = Requests.filePublic(PortalClient.english(), "ACCESS", "net-" + i + "-" + UUID.randomUUID() + "@example.org", "", "");
        if (last.doc().getElementById("public-sent") != null) {
          accepted++;
        }
      }
      assertEquals(40, accepted);
      assertTrue(last.mainText().contains("Too many requests"), last.mainText());
    } finally {
      TestClock.reset();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, numéro de carte bancaire", "en, payment card number"})
  void aCardNumberIsRefusedAndNothingIsFiled(String language, String refusal) {
    String email = "card-" + UUID.randomUUID() + "@example.org";
    Page refused = Requests.filePublic(PortalClient.speaking(language), "ACCESS", email, "",
        "Please check my payment 4111 1111 1111 1111");
    assertTrue(refused.mainText().contains(refusal), refused.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?", email));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE details LIKE '%4111%'"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, adresse e-mail n'est pas valide", "en, e-mail address is not valid"})
  void aMalformedAddressIsRefused(String language, String refusal) {
    Page refused = Requests.filePublic(PortalClient.speaking(language), "ACCESS", "not an address", "", "");
    assertTrue(refused.mainText().contains(refusal), refused.mainText());
  }
}
