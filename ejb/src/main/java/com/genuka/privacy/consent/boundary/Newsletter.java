package com.genuka.privacy.consent.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.CardNumbers;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A marketing e-mail (R-R6): it reaches only the customers whose latest marketing decision is
 * "granted", in their language, and every copy carries its holder's one-click unsubscribe link,
 * in the text and in the RFC 8058 headers. Recipients are read in batches by id.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Newsletter {

  static final int BATCH = 500;
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 8000;

  /**
   * The ids of active customers whose newest MARKETING row says granted, after a given id, in
   * order. Native SQL (the column itself is the condition): EclipseLink compares a boolean attribute with 1 on H2 (a TRUE literal and a
   * bound parameter alike), which H2 2.x, the embedded database of the default run, refuses.
   */
  public static final String SUBSCRIBED_IDS = "SELECT u.id FROM user_account u"
      + " WHERE u.id > ? AND u.status = 'ACTIVE'"
      + " AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'CUSTOMER')"
      + " AND EXISTS (SELECT 1 FROM consent_record c WHERE c.user_id = u.id AND c.purpose = 'MARKETING'"
      + " AND c.granted AND NOT EXISTS (SELECT 1 FROM consent_record n WHERE n.user_id = c.user_id"
      + " AND n.purpose = c.purpose AND (n.recorded_at > c.recorded_at"
      + " OR (n.recorded_at = c.recorded_at AND n.id > c.id))))"
      + " ORDER BY u.id LIMIT ?";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  /** A message in both languages; each recipient gets the one of their account's language. */
  public record Issue(String titleFr, String textFr, String titleEn, String textEn) {}

  /** How many customers would receive a message now. */
  public long audience() {
    long count = 0;
    long after = 0;
    List<UserAccount> batch;
    do {
      batch = batch(after);
      count += batch.size();
      after = batch.isEmpty() ? after : batch.get(batch.size() - 1).getId();
    } while (batch.size() == BATCH);
    return count;
  }

  /** Queues one e-mail per subscribed customer; returns how many. */
  public int send(Issue issue) {
    check(issue.titleFr(), MAX_TITLE);
    check(issue.titleEn(), MAX_TITLE);
    check(issue.textFr(), MAX_TEXT);
    check(issue.textEn(), MAX_TEXT);
    int sent = 0;
    long after = 0;
    List<UserAccount> batch;
    do {
      batch = batch(after);
      for (UserAccount u : batch) {
        boolean en = "en".equals(u.getLocale());
        outbox.send(Mail.of("newsletter", u.getEmail(), u.getLocale())
            .param("name", u.getFullName())
            .param("title", en ? issue.titleEn() : issue.titleFr())
            .param("text", en ? issue.textEn() : issue.textFr())
            .subject(u.getSubjectRef())
            .listUnsubscribe(unsubscribeUrl(outbox.publicUrl(), u.getUnsubscribeToken())));
        sent++;
      }
      after = batch.isEmpty() ? after : batch.get(batch.size() - 1).getId();
      em.flush();
      em.clear();
    } while (batch.size() == BATCH);
    String admin = context.getCallerPrincipal().getName();
    UserAccount sender = em.find(UserAccount.class, Long.valueOf(admin));
    audit.append(AuditEntry.of(new Actor(sender.getSubjectRef(), Role.ADMIN_NAME), "NEWSLETTER_SENT")
        .summary("marketing e-mail queued for " + sent + " subscribed customer(s)"));
    return sent;
  }

  /** The one-click address of an account: also the link at the foot of the e-mail. */
  public static String unsubscribeUrl(String publicUrl, String token) {
    return publicUrl + "/unsubscribe?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private List<UserAccount> batch(long after) {
    List<Long> ids = ((List<?>) em.createNativeQuery(SUBSCRIBED_IDS).setParameter(1, after).setParameter(2, BATCH)
        .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids ORDER BY u.id", UserAccount.class)
        .setParameter("ids", ids).getResultList();
  }

  private static void check(String text, int max) {
    if (text == null || text.isBlank()) {
      throw new UserFacingException("newsletter.error.required");
    }
    if (text.length() > max) {
      throw new UserFacingException("newsletter.error.tooLong");
    }
    if (CardNumbers.containsCardNumber(text)) {
      throw new UserFacingException("newsletter.error.cardNumber");
    }
  }
}
