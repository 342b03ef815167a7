package com.genuka.privacy.consent.boundary;

import com.genuka.privacy.consent.entity.ConsentMethod;
import com.genuka.privacy.consent.entity.ConsentPurpose;
import com.genuka.privacy.consent.entity.ConsentRecord;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.boundary.RegisterService;
import jakarta.persistence.EntityManager;

/** Reading the current decision and appending a new one, shared by the portal and the unsubscribe link. */
final class ConsentRecords {

  private ConsentRecords() {}

  record Result(boolean changed, Long recordId) {}

  static ConsentRecord latest(EntityManager em, long userId, ConsentPurpose purpose) {
    return em.createNamedQuery("ConsentRecord.findLatest", ConsentRecord.class)
        .setParameter("userId", userId)
        .setParameter("purpose", purpose)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Appends a decision under the policy in force, unless it is already the current one. */
  static Result record(EntityManager em, PortalClock clock, RegisterService registers, long userId,
      ConsentPurpose purpose, boolean granted, ConsentMethod method) {
    ConsentRecord latest = latest(em, userId, purpose);
    boolean current = latest != null && latest.isGranted();
    if (current == granted && (latest != null || !granted)) {
      return new Result(false, latest == null ? null : latest.getId());
    }
    ConsentRecord row = new ConsentRecord(userId, purpose, granted, clock.now(), method, registers.policyInForce());
    em.persist(row);
    em.flush();
    return new Result(true, row.getId());
  }
}
