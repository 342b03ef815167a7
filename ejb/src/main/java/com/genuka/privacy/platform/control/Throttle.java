package com.genuka.privacy.platform.control;

import com.genuka.privacy.platform.entity.ThrottleHit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts uses of public actions (login, public request form) per key in a sliding window. Keys are
 * hashed before they are stored: an e-mail address never lands in this table.
 */
@Dependent
public class Throttle {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  /** Records one use and says whether the key has now gone past {@code limit} in {@code window}. */
  public boolean hitAndCheckExceeded(String key, int limit, Duration window) {
    String bucket = Hashing.sha256Hex(key);
    Instant now = clock.now();
    long recent = em.createNamedQuery("ThrottleHit.countSince", Long.class)
        .setParameter("bucket", bucket)
        .setParameter("since", now.minus(window))
        .setParameter("until", now)
        .getSingleResult();
    em.persist(new ThrottleHit(bucket, now));
    return recent >= limit;
  }

  /** Whether the key is already over its limit, without recording a use. */
  public boolean isExceeded(String key, int limit, Duration window) {
    Instant now = clock.now();
    long recent = em.createNamedQuery("ThrottleHit.countSince", Long.class)
        .setParameter("bucket", Hashing.sha256Hex(key))
        .setParameter("since", now.minus(window))
        .setParameter("until", now)
        .getSingleResult();
    return recent >= limit;
  }

  public int purgeOlderThan(Duration age) {
    return em.createNamedQuery("ThrottleHit.deleteBefore")
        .setParameter("before", clock.now().minus(age))
        .executeUpdate();
  }
}
