package com.genuka.privacy.notify.control;

import java.time.Duration;

/** Retry delays: doubling from a base, capped, so a mail server that comes back is used soon. */
public final class Backoff {

  private Backoff() {}

  public static Duration after(int attempts, Duration base, Duration cap) {
    if (attempts <= 0) {
      return Duration.ZERO;
    }
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration d = base.multipliedBy(factor);
    return d.compareTo(cap) > 0 ? cap : d;
  }
}
