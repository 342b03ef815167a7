package com.genuka.privacy.notify.boundary;

import com.genuka.privacy.notify.control.MailTemplates;
import com.genuka.privacy.notify.entity.OutboxMessage;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues e-mails in the caller's transaction: if the change that causes a message rolls back, the
 * message was never queued; if it commits, the message will be sent, whatever the mail server's
 * state at that moment. The rendered text is stored, so a message reads the same whenever it goes.
 */
@Stateless
@PermitAll
public class Outbox {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject
  @ConfigProperty(name = "genuka.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public OutboxMessage send(Mail mail) {
    Map<String, String> params = new HashMap<>(mail.params());
    params.putIfAbsent("publicUrl", publicUrl);
    MailTemplates.Rendered r = MailTemplates.render(mail.kind(), mail.locale(), params, mail.listUnsubscribe());
    OutboxMessage message = new OutboxMessage("<" + UUID.randomUUID() + "@genuka.privacy>", mail.kind(), mail.to(),
        mail.locale(), truncate(r.subject(), 300), r.text(), r.html(), mail.listUnsubscribe(), clock.now());
    // Delivery runs on the machine's time, not the portal's clock (which tests move): a message
    // written "in 2028" must still go now.
    message.setNextAttemptAt(java.time.Instant.now());
    message.setRequestId(mail.requestId());
    message.setSubjectRef(mail.subjectRef());
    em.persist(message);
    return message;
  }

  /** The address links in e-mails start with. */
  public String publicUrl() {
    return publicUrl;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
