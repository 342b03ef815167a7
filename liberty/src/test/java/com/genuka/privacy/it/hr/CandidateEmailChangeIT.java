package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A candidate's page finds every application by address: typing another candidate's address must
 * not hand over that person's applications. A new address takes effect only from the link sent to
 * it, which only its owner reads.
 */
class CandidateEmailChangeIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  private static PortalClient openPage(long id, String email) {
    return HrSupport.openPage(mail, HrSupport.hr("en"), id, email, "en");
  }


  @Test
  void typingAnotherCandidatesAddressHandsOverNothing() {
    String attackerEmail = HrSupport.uniqueEmail("attacker");
    String victimEmail = HrSupport.uniqueEmail("victim");
    long attacker = HrSupport.insert("Mallory Candidate", attackerEmail, "Cashier", "REJECTED", "en", Instant.now(), Instant.now());
    long victim = HrSupport.insert("Victim Candidate", victimEmail, "Secret position 7731", "INTERVIEWING", "en",
        Instant.now(), Instant.now());
    PortalClient page = openPage(attacker, attackerEmail);

    Page form = page.get("/candidate/my-data.xhtml");
    Page after = page.submit(form, "contact", Map.of("email", victimEmail), "save");
    assertTrue(after.mainText().contains("A confirmation link was sent"), after.mainText());
    assertEquals(attackerEmail, Db.value("SELECT email FROM candidate WHERE id = ?", attacker));
    assertFalse(after.body().contains("Secret position 7731"), "the victim's application is not shown");
    assertFalse(page.get("/candidate/my-data.xhtml").body().contains("Secret position 7731"));
    assertEquals(victimEmail, Db.value("SELECT email FROM candidate WHERE id = ?", victim));
    // The link went to the victim's mailbox, which the attacker does not read.
    String link = mail.await(m -> m.to().contains(victimEmail) && m.subject().equals("Confirm your new e-mail address"))
        .link("/email/confirm.xhtml");
    // The victim's mail scanner opens it: that confirms nothing.
    assertEquals("READY", PortalClient.english().get(link).doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(attackerEmail, Db.value("SELECT email FROM candidate WHERE id = ?", attacker));
    // Even the victim pressing the button by mistake cannot merge the two candidates' files.
    Page pressed = PortalClient.english().openLink(link);
    assertEquals("TAKEN", pressed.doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(attackerEmail, Db.value("SELECT email FROM candidate WHERE id = ?", attacker));
    assertFalse(page.get("/candidate/my-data.xhtml").body().contains("Secret position 7731"));
  }

  @Test
  void theOwnerOfTheNewAddressConfirmsItForEveryApplication() {
    String email = HrSupport.uniqueEmail("moving");
    String newEmail = HrSupport.uniqueEmail("moved");
    long first = HrSupport.insert("Moving Candidate", email, "Cook", "REJECTED", "en", Instant.now(), Instant.now());
    long second = HrSupport.insert("Moving Candidate", email, "Driver", "APPLIED", "en", Instant.now(), Instant.now());
    PortalClient page = openPage(first, email);
    page.submit(page.get("/candidate/my-data.xhtml"), "contact", Map.of("email", newEmail), "save");
    Page opened = PortalClient.english().openLink(mail.await(m -> m.to().contains(newEmail)).link("/email/confirm.xhtml"));
    assertEquals("CONFIRMED", opened.doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(newEmail, Db.value("SELECT email FROM candidate WHERE id = ?", first));
    assertEquals(newEmail, Db.value("SELECT email FROM candidate WHERE id = ?", second));
  }
}
