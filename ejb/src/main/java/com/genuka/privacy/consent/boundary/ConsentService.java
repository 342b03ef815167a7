package com.genuka.privacy.consent.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.consent.boundary.ConsentViews.ConsentEntry;
import com.genuka.privacy.consent.boundary.ConsentViews.ConsentState;
import com.genuka.privacy.consent.entity.ConsentMethod;
import com.genuka.privacy.consent.entity.ConsentPurpose;
import com.genuka.privacy.consent.entity.ConsentRecord;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.registers.boundary.RegisterService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * The customer's consents (R-R6 and C8's sharing with event partners): on and off at any time, each
 * decision a new row under the policy version in force, never an update, so the history is whole.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class ConsentService {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @EJB RegisterService registers;

  public List<ConsentState> current() {
    long me = CallerAccounts.caller(context, em).getId();
    return Arrays.stream(ConsentPurpose.values()).map(p -> state(me, p)).toList();
  }

  public List<ConsentEntry> history() {
    long me = CallerAccounts.caller(context, em).getId();
    return em.createNamedQuery("ConsentRecord.findByUser", ConsentRecord.class)
        .setParameter("userId", me)
        .setMaxResults(500)
        .getResultStream()
        .map(c -> new ConsentEntry(c.getId(), c.getPurpose().name(), c.isGranted(), c.getRecordedAt(),
            c.getMethod().name(), c.getPolicyVersion().getEffectiveDate(), c.getPolicyVersion().getLabel()))
        .toList();
  }

  /**
   * Records a decision taken in the portal. Setting what is already set records nothing, so a
   * double click leaves one row. Withdrawing event sharing stops sharing of registrations to
   * events still to come; what was passed on for past events cannot be taken back.
   */
  public boolean set(String purposeName, boolean granted) {
    ConsentPurpose purpose = parse(purposeName);
    UserAccount me = CallerAccounts.caller(context, em);
    ConsentRecords.Result result = ConsentRecords.record(em, clock, registers, me.getId(), purpose, granted,
        ConsentMethod.PORTAL);
    if (!result.changed()) {
      return false;
    }
    if (purpose == ConsentPurpose.EVENT_SHARING && !granted) {
      // No comparison with the boolean column: EclipseLink compares it with 1 on H2 (literal or
      // parameter alike), which H2 2.x refuses; setting false where it is false already is harmless.
      em.createQuery("UPDATE EventRegistration e SET e.shareWithPartners = :no"
              + " WHERE e.userId = :userId AND e.eventDate >= :today")
          .setParameter("no", false)
          .setParameter("userId", me.getId())
          .setParameter("today", clock.today())
          .executeUpdate();
    }
    audit.append(AuditEntry.of(new Actor(me.getSubjectRef(), Role.CUSTOMER_NAME), granted ? "CONSENT_GRANTED" : "CONSENT_WITHDRAWN")
        .subject(me.getSubjectRef())
        .tenant(me.getTenant() == null ? null : me.getTenant().getId())
        .target("consent_record", result.recordId())
        .summary(purpose.name() + " " + (granted ? "granted" : "withdrawn") + " in the portal"));
    return true;
  }

  private ConsentState state(long userId, ConsentPurpose purpose) {
    ConsentRecord latest = ConsentRecords.latest(em, userId, purpose);
    if (latest == null) {
      return new ConsentState(purpose.name(), false, null, null, null);
    }
    return new ConsentState(purpose.name(), latest.isGranted(), latest.getRecordedAt(), latest.getMethod().name(),
        latest.getPolicyVersion().getEffectiveDate());
  }

  private static ConsentPurpose parse(String name) {
    try {
      return ConsentPurpose.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UserFacingException("consents.error.unknownPurpose");
    }
  }
}
