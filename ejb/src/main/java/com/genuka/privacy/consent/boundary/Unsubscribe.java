package com.genuka.privacy.consent.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.consent.boundary.ConsentViews.UnsubscribeLink;
import com.genuka.privacy.consent.boundary.ConsentViews.UnsubscribeOutcome;
import com.genuka.privacy.consent.entity.ConsentMethod;
import com.genuka.privacy.consent.entity.ConsentPurpose;
import com.genuka.privacy.consent.entity.ConsentRecord;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.boundary.RegisterService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;

/**
 * RFC 8058 one-click unsubscribe (R-R6), without login: the account's unguessable unsubscribe token
 * is the only key. Idempotent: a second click, or a mail client retrying, records nothing more.
 */
@Stateless
@PermitAll
public class Unsubscribe {

  /** What {@code Hashing.newToken()} makes: 43 URL-safe characters; anything else is never looked up. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @EJB RegisterService registers;

  public UnsubscribeLink lookup(String token) {
    UserAccount account = holder(token);
    if (account == null) {
      return new UnsubscribeLink(false, false, null, null);
    }
    ConsentRecord latest = ConsentRecords.latest(em, account.getId(), ConsentPurpose.MARKETING);
    return new UnsubscribeLink(true, latest != null && latest.isGranted(), hint(account.getEmail()), account.getLocale());
  }

  public UnsubscribeOutcome unsubscribe(String token) {
    UserAccount account = holder(token);
    if (account == null) {
      return UnsubscribeOutcome.UNKNOWN_LINK;
    }
    ConsentRecords.Result result = ConsentRecords.record(em, clock, registers, account.getId(),
        ConsentPurpose.MARKETING, false, ConsentMethod.UNSUBSCRIBE_LINK);
    if (!result.changed()) {
      return UnsubscribeOutcome.ALREADY_UNSUBSCRIBED;
    }
    audit.append(AuditEntry.of(new Actor(account.getSubjectRef(), Role.CUSTOMER_NAME), "CONSENT_WITHDRAWN")
        .subject(account.getSubjectRef())
        .tenant(account.getTenant() == null ? null : account.getTenant().getId())
        .target("consent_record", result.recordId())
        .summary("MARKETING withdrawn with the one-click unsubscribe link"));
    return UnsubscribeOutcome.UNSUBSCRIBED;
  }

  private UserAccount holder(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return null;
    }
    return em.createNamedQuery("UserAccount.findByUnsubscribeToken", UserAccount.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** "j•••@demo.genuka.local": enough for the holder to recognise, too little for anyone else. */
  static String hint(String email) {
    int at = email.indexOf('@');
    if (at <= 0) {
      return "•••";
    }
    return email.charAt(0) + "•••" + email.substring(at);
  }
}
