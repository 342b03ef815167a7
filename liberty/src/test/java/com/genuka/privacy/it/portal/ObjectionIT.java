package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 10: an objection says what the person objects to — a processing of the policy
 * and their own words — on every form that files one, and everyone who reads it sees it: the
 * person, the admins' queue and request page, the API and the admins' mail, in French and English.
 */
class ObjectionIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  private static Page file(PortalClient client, String type, String objection, String details) {
    Page page = client.get("/customer/requests.xhtml");
    Map<String, String> fields = new HashMap<>();
    fields.put("type", type);
    fields.put("objection", objection);
    fields.put("details", details);
    fields.put("confirmation", "");
    return client.submit(page, "file", fields, "submit");
  }

  @Test
  void aCustomersObjectionSaysWhatItObjectsToEverywhere() {
    Customer c = Fixtures.newCustomer("fr");
    PortalClient client = c.login();

    Page form = client.get("/customer/requests.xhtml");
    assertTrue(form.doc().select("input[name=file:objection]").size() >= 5, "a choice of processings");
    Page refused = file(client, "OBJECTION", null, "Je ne veux plus.");
    assertTrue(refused.mainText().contains("Choisissez le traitement auquel vous vous opposez"), refused.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ?", c.userId()));

    String words = "Je ne veux pas que ma navigation soit filmée.";
    Page filed = file(client, "OBJECTION", "SESSION_RECORDING", words);
    assertEquals("/customer/request.xhtml", filed.path(), filed.mainText());
    assertEquals("Opposition à un traitement", filed.doc().getElementById("request-type").text());
    assertEquals("Enregistrement des sessions", filed.doc().getElementById("request-objection").text());
    assertTrue(filed.mainText().contains(words));
    assertFalse(filed.mainText().contains("marketing"), filed.mainText());
    assertEquals("SESSION_RECORDING",
        Db.value("SELECT objection_processing FROM privacy_request WHERE subject_user_id = ?", c.userId()));
    long id = ((Number) Db.value("SELECT id FROM privacy_request WHERE subject_user_id = ?", c.userId())).longValue();
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", id);
    assertTrue(client.get("/customer/requests.xhtml").doc().getElementById("requests").text()
        .contains("Enregistrement des sessions"));

    // the person's acknowledgment, in their language
    MailTrap.Mail ack = mail.await(m -> m.to().contains(c.email()) && m.subject().contains(reference));
    assertTrue(ack.text().contains("d'opposition à l'enregistrement des sessions"), ack.text());

    // the admins: queue, request page, API, mail (Awa reads French, Paul English)
    PortalClient admin = Requests.admin("en");
    Element row = admin.get("/admin/requests.xhtml?type=OBJECTION").doc().selectFirst("tr[data-reference=" + reference + "]");
    assertTrue(row.text().contains("Objection to a processing") && row.text().contains("Session recordings"), row.text());
    Page detail = admin.get("/admin/request.xhtml?id=" + id);
    assertEquals("Session recordings", detail.doc().getElementById("request-objection").text());
    assertTrue(detail.doc().getElementById("request-details").text().contains(words));
    assertEquals("SESSION_RECORDING", admin.get("/api/admin/requests/" + id).json().getString("objection"));
    MailTrap.Mail fr = mail.await(m -> m.to().contains(DemoAccounts.ADMIN.email()) && m.subject().contains(reference));
    assertTrue(fr.subject().contains("opposition à l'enregistrement des sessions"), fr.subject());
    assertTrue(fr.text().contains(words), fr.text());
    MailTrap.Mail en = mail.await(m -> m.to().contains(DemoAccounts.ADMIN_2.email()) && m.subject().contains(reference));
    assertTrue(en.subject().contains("objection to session recordings"), en.subject());
    assertTrue(en.text().contains("What the person objects to, in their words") && en.text().contains(words), en.text());
  }

  @Test
  void thePublicFormAsksWhatIsObjectedToAndAnotherProcessingNeedsWords() {
    PortalClient visitor = PortalClient.english();
    String email = Fixtures.unique("objector") + "@example.org";
    Page form = visitor.get("/request/new.xhtml");
    Page none = visitor.submit(form, "publicRequest", Map.of("type", "OBJECTION", "email", email, "fullName", "Ann Objector",
        "details", "Stop it."), "send");
    assertTrue(none.mainText().contains("Choose the processing you object to"), none.mainText());
    Page noWords = visitor.submit(form, "publicRequest", Map.of("type", "OBJECTION", "objection", "OTHER", "email", email,
        "fullName", "Ann Objector", "details", "Stop."), "send");
    assertTrue(noWords.mainText().contains("Say in your own words what you object to"), noWords.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?", email));

    Page sent = visitor.submit(form, "publicRequest", Map.of("type", "OBJECTION", "objection", "EVENT_SHARING",
        "email", email, "fullName", "Ann Objector", "details", "Do not pass my name to sponsors."), "send");
    assertTrue(sent.doc().getElementById("public-sent") != null, sent.mainText());
    assertEquals("EVENT_SHARING", Db.value("SELECT objection_processing FROM privacy_request WHERE subject_email = ?", email));
    MailTrap.Mail verify = mail.await(m -> m.to().contains(email));
    assertTrue(verify.text().contains("objecting to sharing event registrations with partners"), verify.text());
  }

  @Test
  void anAdminLogsWhatAPersonObjectedToByEmail() {
    PortalClient admin = Requests.admin("fr");
    String email = Fixtures.unique("candidate-objection") + "@example.org";
    String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    Page form = admin.get("/admin/log-request.xhtml");
    Map<String, String> fields = new HashMap<>(Map.of("type", "OBJECTION", "channel", "EMAIL", "receivedDate", today,
        "receivedTime", "00:00", "email", email, "fullName", "Léa Candidate", "locale", "fr",
        "details", "Ne me recontactez plus pour d'autres postes."));
    Page refused = admin.submit(form, "log", fields, "save");
    assertTrue(refused.mainText().contains("Choisissez le traitement auquel vous vous opposez"), refused.mainText());
    fields.put("objection", "TALENT_POOL");
    Page logged = admin.submit(form, "log", fields, "save");
    assertEquals("/admin/request.xhtml", logged.path(), logged.mainText());
    assertEquals("Conservation d'une candidature pour d'autres offres",
        logged.doc().getElementById("request-objection").text());
    assertEquals("TALENT_POOL", Db.value("SELECT objection_processing FROM privacy_request WHERE subject_email = ?", email));
  }
}
