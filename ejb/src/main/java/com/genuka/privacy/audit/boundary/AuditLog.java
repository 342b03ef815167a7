package com.genuka.privacy.audit.boundary;

import com.genuka.privacy.audit.control.AuditHashing;
import com.genuka.privacy.audit.control.Sealer;
import com.genuka.privacy.audit.entity.AuditEvent;
import com.genuka.privacy.audit.entity.AuditHead;
import com.genuka.privacy.audit.entity.SubjectKey;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Appends to the audit log in the caller's transaction, so that an audited change and its audit
 * row commit or roll back together. Appenders serialise on the chain's head row. Nothing here, or
 * anywhere else in the application, updates or deletes an audit row.
 */
@Stateless
public class AuditLog {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent append(AuditEntry entry) {
    if (entry.personalDetails() != null && entry.subjectRef() == null) {
      throw new IllegalArgumentException("personal details need a subject to be sealed for");
    }
    String sealed = entry.personalDetails() == null ? null
        : Sealer.seal(entry.personalDetails(), keyOf(entry.subjectRef()));
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    long id = head.getLastId() + 1;
    Instant at = AuditHashing.truncate(clock.now());
    String hash = AuditHashing.hash(id, at, entry.actor().ref(), entry.actor().role(), entry.action(),
        entry.subjectRef(), entry.tenantId(), entry.targetType(), entry.targetId(), entry.summary(),
        sealed, head.getLastHash());
    AuditEvent event = new AuditEvent(id, at, entry.actor().ref(), entry.actor().role(), entry.action(),
        entry.subjectRef(), entry.tenantId(), entry.targetType(), entry.targetId(), entry.summary(),
        sealed, head.getLastHash(), hash);
    em.persist(event);
    head.advance(id, hash);
    return event;
  }

  /** Opens sealed details, or returns null once the subject's key has been erased. */
  public String openDetails(AuditEvent event) {
    if (event.getSealed() == null || event.getSubjectRef() == null) {
      return null;
    }
    SubjectKey key = em.find(SubjectKey.class, event.getSubjectRef());
    return key == null ? null : Sealer.open(event.getSealed(), key.getKeyMaterial());
  }

  /** Erasure: after this, every sealed detail about the subject is unreadable for good. */
  public boolean forgetSubjectKey(String subjectRef) {
    return em.createQuery("DELETE FROM SubjectKey k WHERE k.subjectRef = :ref")
        .setParameter("ref", subjectRef)
        .executeUpdate() > 0;
  }

  private String keyOf(String subjectRef) {
    SubjectKey key = em.find(SubjectKey.class, subjectRef);
    if (key == null) {
      key = new SubjectKey(subjectRef, Sealer.newKey(), clock.now());
      em.persist(key);
    }
    return key.getKeyMaterial();
  }
}
