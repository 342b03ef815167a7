package com.genuka.privacy.erasure.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults the integration tests inject into erasure jobs, through the test hooks that only a test
 * server enables: a step passed over as if it had run (to prove the residue scan notices), and a
 * pause after a step (to kill the server half-way and prove the job resumes). Empty, and inert,
 * everywhere else.
 */
@ApplicationScoped
public class EngineHooks {

  private final Set<String> skipped = ConcurrentHashMap.newKeySet();
  private volatile String pauseAfter;

  public boolean isSkipped(String step) {
    return skipped.contains(step);
  }

  public void skip(String step) {
    skipped.add(step);
  }

  public String pauseAfter() {
    return pauseAfter;
  }

  public void pauseAfter(String step) {
    pauseAfter = step;
  }

  public void clear() {
    skipped.clear();
    pauseAfter = null;
  }

  public Set<String> skipped() {
    return Set.copyOf(skipped);
  }
}
