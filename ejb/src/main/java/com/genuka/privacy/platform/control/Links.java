package com.genuka.privacy.platform.control;

import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/**
 * The single-use links e-mailed to people (verify a request, confirm a new address, open a
 * candidate's page), found by the hash of their secret and for one purpose only. Looking at a link
 * never spends it: mail scanners and link previews open links without their owner, so a link is
 * spent only by the owner's deliberate act (a button that posts the page).
 */
public final class Links {

  /** The longest secret worth looking up; ours are 43 characters. */
  private static final int MAX_LENGTH = 100;

  private Links() {}

  /** What a link is worth now. */
  public enum State {
    USABLE,
    USED,
    EXPIRED,
    UNKNOWN
  }

  /** The link's token (null when unknown) and its state. */
  public record Found(State state, AccessToken token) {

    public boolean usable() {
      return state == State.USABLE;
    }
  }

  /**
   * Finds the link {@code secret} made for {@code purpose}. With {@code toSpend}, its row is locked
   * until the transaction ends, so that two clicks cannot both spend it.
   */
  public static Found find(EntityManager em, String secret, TokenPurpose purpose, Instant now, boolean toSpend) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_LENGTH) {
      return new Found(State.UNKNOWN, null);
    }
    var query = em.createNamedQuery("AccessToken.findByHash", AccessToken.class)
        .setParameter("hash", Hashing.sha256Hex(secret.strip()));
    if (toSpend) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    AccessToken t = query.getResultStream().findFirst().orElse(null);
    if (t == null || t.getPurpose() != purpose) {
      return new Found(State.UNKNOWN, null);
    }
    if (t.getUsedAt() != null) {
      return new Found(State.USED, t);
    }
    return new Found(t.isUsable(now) ? State.USABLE : State.EXPIRED, t);
  }
}
