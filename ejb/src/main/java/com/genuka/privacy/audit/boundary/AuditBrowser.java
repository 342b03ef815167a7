package com.genuka.privacy.audit.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.audit.entity.AuditEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Reading the audit log, newest first, with the sealed details opened while their key exists. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditBrowser {

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  /** A line of the audit page. */
  public record Row(long id, Instant occurredAt, String actorRef, String actorRole, String action, String subjectRef,
      Long tenantId, String target, String summary, String details, String hash) {}

  public List<Row> page(int first, int size) {
    return em.createNamedQuery("AuditEvent.findPage", AuditEvent.class)
        .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), 200)).getResultList().stream()
        .map(e -> new Row(e.getId(), e.getOccurredAt(), e.getActorRef(), e.getActorRole(), e.getAction(),
            e.getSubjectRef(), e.getTenantId(), e.getTargetType() == null ? null : e.getTargetType() + " " + e.getTargetId(),
            e.getSummary(), audit.openDetails(e), e.getHash()))
        .toList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM AuditEvent a", Long.class).getSingleResult();
  }
}
