package com.genuka.privacy.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one run of a sweep at a time on this server: the daily timer, the catch-up and an admin's
 * "run now" may meet. Two runs of one sweep would not corrupt anything (every batch re-reads what is
 * due under row locks) but would each record half the work.
 */
@ApplicationScoped
public class SweepLocks {

  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public boolean tryAcquire(String ruleCode) {
    return running.add(ruleCode);
  }

  public void release(String ruleCode) {
    running.remove(ruleCode);
  }

  public boolean isRunning(String ruleCode) {
    return running.contains(ruleCode);
  }
}
