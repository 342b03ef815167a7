package com.genuka.privacy.notify.boundary;

import com.genuka.privacy.notify.entity.OutboxMessage;
import com.genuka.privacy.notify.entity.OutboxStatus;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The dispatcher's bookkeeping, each step in a transaction of its own so that a message's state is
 * committed before and after the SMTP conversation, never during it. Delivery is scheduled on the
 * machine's time: the portal's clock, which tests may move, says when things happened, not when a
 * retry is due.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  /** How long a claimed message is left alone by other dispatchers while it is being sent. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  private static Instant machineNow() {
    return Instant.now();
  }

  public List<Long> dueIds(int limit) {
    return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
            + " ORDER BY m.nextAttemptAt, m.id", Long.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("now", machineNow())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes a due message for sending: locks its row, checks it is still due, and pushes its next
   * attempt past the lease. Returns null when someone else has it or it is no longer due.
   */
  public OutboxMessage claim(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = machineNow();
    if (m == null || m.getStatus() != OutboxStatus.PENDING || m.getNextAttemptAt().isAfter(now)) {
      return null;
    }
    m.setAttempts(m.getAttempts() + 1);
    m.setLastAttemptAt(clock.now());
    m.setNextAttemptAt(now.plus(LEASE));
    em.flush();
    em.detach(m);
    return m;
  }

  public void markSent(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    m.setStatus(OutboxStatus.SENT);
    m.setSentAt(clock.now());
    m.setLastError(null);
  }

  public void markFailed(long id, String error, Duration retryIn, int maxAttempts) {
    OutboxMessage m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    m.setLastError(error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error);
    if (m.getAttempts() >= maxAttempts) {
      m.setStatus(OutboxStatus.FAILED);
    } else {
      m.setNextAttemptAt(machineNow().plus(retryIn));
    }
  }

  public int attemptsOf(long id) {
    return em.find(OutboxMessage.class, id).getAttempts();
  }
}
