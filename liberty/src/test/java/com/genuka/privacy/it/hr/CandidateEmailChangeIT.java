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
  void typingAnotherCandidatesAddressHandsOverNothingAndTellsNothing() {
    String attackerEmail = HrSupport.uniqueEmail("attacker");
    String victimEmail = HrSupport.uniqueEmail("victim");
    String unknownEmail = HrSupport.uniqueEmail("nobody");
    long attacker = HrSupport.insert("Mallory Candidate", attackerEmail, "Cashier", "REJECTED", "en", Instant.now(), Instant.now());
    long victim = HrSupport.insert("Victim Candidate", victimEmail, "Secret position 7731", "INTERVIEWING", "en",
        Instant.now(), Instant.now());
    PortalClient page = openPage(attacker, attackerEmail);

    Page known = page.submit(page.get("/candidate/my-data.xhtml"), "contact", Map.of("email", victimEmail), "save");
    Page unknown = page.submit(page.get("/candidate/my-data.xhtml"), "contact", Map.of("email", unknownEmail), "save");
    // The same answer for an address that has applications and for one that has none.
    assertEquals(answer(unknown).replace(unknownEmail, "X"), answer(known).replace(victimEmail, "X"));
    assertTrue(answer(known).contains("if this address can become yours"), known.mainText());
    assertEquals(attackerEmail, Db.value("SELECT email FROM candidate WHERE id = ?", attacker));
    assertFalse(known.body().contains("Secret position 7731"), "the victim's application is not shown");
    assertFalse(page.get("/candidate/my-data.xhtml").body().contains("Secret position 7731"));
    assertEquals(victimEmail, Db.value("SELECT email FROM candidate WHERE id = ?", victim));
    // The victim is told by mail instead, and given no link that could merge the two files.
    MailTrap.Mail told = mail.await(m -> m.to().contains(victimEmail));
    assertEquals("Your e-mail address was given on the Genuka privacy portal", told.subject());
    assertTrue(told.text().contains("nothing was changed"), told.text());
    mail.await(m -> m.to().contains(unknownEmail) && m.subject().equals("Confirm your new e-mail address"));
    assertTrue(mail.all().stream().noneMatch(m -> m.to().contains(victimEmail)
        && m.subject().equals("Confirm your new e-mail address")), "no link goes to a held address");
  }

  @Test
  void anAddressTakenMeanwhileIsRefusedWhenItsLinkIsPressed() {
    String attackerEmail = HrSupport.uniqueEmail("early");
    String laterEmail = HrSupport.uniqueEmail("later");
    long attacker = HrSupport.insert("Early Candidate", attackerEmail, "Cashier", "REJECTED", "en", Instant.now(), Instant.now());
    PortalClient page = openPage(attacker, attackerEmail);
    page.submit(page.get("/candidate/my-data.xhtml"), "contact", Map.of("email", laterEmail), "save");
    String link = mail.await(m -> m.to().contains(laterEmail) && m.subject().equals("Confirm your new e-mail address"))
        .link("/email/confirm.xhtml");
    HrSupport.insert("Later Candidate", laterEmail, "Secret position 7732", "INTERVIEWING", "en", Instant.now(), Instant.now());
    // The owner's mail scanner opens it: that confirms nothing.
    assertEquals("READY", PortalClient.english().get(link).doc().getElementById("email-confirm-result").attr("data-result"));
    // Even the owner pressing the button cannot merge the two candidates' files.
    Page pressed = PortalClient.english().openLink(link);
    assertEquals("TAKEN", pressed.doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(attackerEmail, Db.value("SELECT email FROM candidate WHERE id = ?", attacker));
    assertFalse(page.get("/candidate/my-data.xhtml").body().contains("Secret position 7732"));
  }

  private static String answer(Page page) {
    return page.doc().select(".messages").text();
  }

  @Test
  void theOwnerOfTheNewAddressConfirmsItForEveryApplication() {
    String email = HrSupport.uniqueEmail("moving");
    String newEmail = HrSupport.uniqueEmail("moved");
    long first = HrSupport.insert("Moving Candidate", email, "Cook", "REJECTED", "en", Instant.now(), Instant.now());
    long second = HrSupport.insert("Moving Candidate", email, "Driver", "APPLIED", "en", Instant.now(), Instant.now());
    long open = request(first, email, "VERIFIED");
    long closed = request(first, email, "COMPLETED");
    PortalClient page = openPage(first, email);
    page.submit(page.get("/candidate/my-data.xhtml"), "contact", Map.of("email", newEmail), "save");
    Page opened = PortalClient.english().openLink(mail.await(m -> m.to().contains(newEmail)).link("/email/confirm.xhtml"));
    assertEquals("CONFIRMED", opened.doc().getElementById("email-confirm-result").attr("data-result"));
    assertEquals(newEmail, Db.value("SELECT email FROM candidate WHERE id = ?", first));
    assertEquals(newEmail, Db.value("SELECT email FROM candidate WHERE id = ?", second));
    assertEquals(newEmail, Db.value("SELECT subject_email FROM privacy_request WHERE id = ?", open),
        "her open request follows her: its mails go to the address she uses now");
    assertEquals(email, Db.value("SELECT subject_email FROM privacy_request WHERE id = ?", closed),
        "a closed request keeps the address it was handled under");
    MailTrap.Mail told = mail.await(m -> m.to().contains(email) && !m.to().contains(newEmail)
        && m.subject().equals("The e-mail address of your application was changed"));
    assertTrue(told.text().contains(newEmail), "the old address hears of the change: " + told.text());
  }

  private static long request(long candidate, String email, String status) {
    Instant received = Instant.now().minusSeconds(86_400);
    java.time.LocalDate due = com.genuka.privacy.it.support.It.today().plusDays(29);
    return Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
            + " subject_candidate_id, subject_email, subject_name, locale, received_at, due_date, original_due_date,"
            + " created_at) VALUES (?, 'ACCESS', ?, 'WEB_FORM', 'CANDIDATE', ?, ?, ?, 'Moving Candidate', 'en', ?, ?, ?, ?)",
        "ITC" + System.nanoTime() % 1_000_000_000L, status, java.util.UUID.randomUUID().toString(), candidate, email,
        received, due, due, received);
  }
}
