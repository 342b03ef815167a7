package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * R-Q4: with the mail server down, nothing is lost; once it is back, every waiting e-mail is
 * delivered, once. The test server retries after 1 s, doubling up to 3 s.
 */
class OutboxIT {

  private static final MailTrap mail = new MailTrap();

  @AfterAll
  static void stop() {
    mail.stop();
  }

  @Test
  void mailWaitsWhileTheServerIsDownAndGoesOnceWhenItIsBack() throws InterruptedException {
    mail.stop();
    String prefix = "outage-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> emails = java.util.stream.IntStream.range(0, 5).mapToObj(i -> prefix + "-" + i + "@example.org").toList();
    for (String email : emails) {
      Requests.filePublic(PortalClient.english(), "ACCESS", email, "Outage " + email, "");
    }
    String inList = emails.stream().map(e -> "'" + e + "'").collect(Collectors.joining(","));
    // several attempts fail while the server is away
    Instant until = Instant.now().plusSeconds(30);
    while (Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (" + inList + ") AND attempts >= 2") < 5
        && Instant.now().isBefore(until)) {
      Thread.sleep(500);
    }
    assertEquals(5, Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (" + inList + ")"
        + " AND status = 'PENDING' AND attempts >= 2 AND last_error IS NOT NULL"), "waiting, with their errors");

    Page outbox = Requests.admin("en").get("/admin/outbox.xhtml?status=PENDING");
    assertTrue(outbox.doc().select("#outbox-table tbody tr").size() >= 5);

    mail.start();
    for (String email : emails) {
      mail.await(m -> m.to().contains(email));
    }
    List<MailTrap.Mail> delivered = mail.settle(m -> m.to().contains(prefix), Duration.ofSeconds(6));
    assertEquals(5, delivered.size(), "each exactly once");
    assertEquals(5, delivered.stream().map(m -> m.header("Message-ID")).distinct().count());
    assertEquals(5, Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (" + inList + ") AND status = 'SENT'"
        + " AND sent_at IS NOT NULL"));
  }

  /**
   * The filters show how many e-mails each holds (they read "En attente ()" when the page looked the
   * counts up by a name the map did not know), and a row says what that one e-mail is: "Envoyé".
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"fr, En attente, Envoyés, Envoyé, Tous", "en, Waiting, Sent, Sent, All"})
  void theFiltersCountTheirMailsAndARowIsNamedInTheSingular(String language, String waiting, String sentFilter,
      String sentRow, String all) throws InterruptedException {
    if (!mail.isRunning()) {
      mail.start();
    }
    String email = "count-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Requests.filePublic(PortalClient.english(), "ACCESS", email, "Counted", "");
    mail.await(m -> m.to().contains(email));
    Instant until = Instant.now().plusSeconds(30);
    while (Db.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'SENT'", email) == 0
        && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    Page outbox = Requests.admin(language).get("/admin/outbox.xhtml?status=SENT");
    long sent = Db.count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'");
    assertTrue(outbox.doc().getElementById("count-PENDING").text().matches(java.util.regex.Pattern.quote(waiting)
        + " \\(\\d+\\)"), outbox.doc().getElementById("outbox-counts").text());
    String sentText = outbox.doc().getElementById("count-SENT").text();
    assertTrue(sentText.startsWith(sentFilter + " ("), sentText);
    long shown = Long.parseLong(sentText.replaceAll("\\D", ""));
    assertTrue(shown >= 1 && shown <= sent, sentText + " against " + sent + " in the database");
    assertTrue(outbox.doc().getElementById("count-ALL").text().matches(java.util.regex.Pattern.quote(all) + " \\(\\d+\\)"));
    var badges = outbox.doc().select("#outbox-table tbody tr td .badge");
    assertTrue(!badges.isEmpty());
    for (var badge : badges) {
      assertEquals(sentRow, badge.text(), "one row is one e-mail");
    }
  }
}
