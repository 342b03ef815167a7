package com.genuka.privacy.notify.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.notify.entity.OutboxMessage;
import com.genuka.privacy.notify.entity.OutboxStatus;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The admins' view of the outbox: what waits, what went, what failed, and a retry. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxAdmin {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  /** A line of the outbox page. */
  public record Row(long id, String kind, String recipient, String subject, String status, int attempts,
      Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, Long requestId) {}

  public List<Row> recent(String status, int max) {
    var query = status == null || status.isBlank()
        ? em.createNamedQuery("OutboxMessage.findRecent", OutboxMessage.class)
        : em.createNamedQuery("OutboxMessage.findByStatus", OutboxMessage.class).setParameter("status", parse(status));
    return query.setMaxResults(Math.min(Math.max(max, 1), 500)).getResultList().stream()
        .map(m -> new Row(m.getId(), m.getKind(), m.getRecipient(), m.getSubject(), m.getStatus().name(),
            m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(), m.getLastError(), m.getRequestId()))
        .toList();
  }

  public Map<OutboxStatus, Long> counts() {
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus s : OutboxStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status", Object[].class)
        .getResultList()) {
      counts.put((OutboxStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Puts a failed or waiting message back at the head of the queue. */
  public void retry(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    if (m == null || m.getStatus() == OutboxStatus.SENT) {
      throw new UserFacingException("outbox.notRetryable");
    }
    Instant now = clock.now();
    m.setStatus(OutboxStatus.PENDING);
    m.setNextAttemptAt(Instant.now());
    audit.append(AuditEntry.of(new AuditEntry.Actor(CallerAccounts.caller(context, em).getSubjectRef(), Role.ADMIN_NAME),
        "OUTBOX_RETRY").target("outbox", id).summary("message " + m.getKind() + " queued again"));
  }

  private static OutboxStatus parse(String status) {
    try {
      return OutboxStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("request.filterInvalid");
    }
  }
}
