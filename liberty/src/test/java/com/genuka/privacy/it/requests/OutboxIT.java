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
}
