package com.genuka.privacy.erasure.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the server is stopping. A job interrupted by a stop is not a failed job: it is left
 * with its lease, which runs out, and the next start resumes it.
 */
@ApplicationScoped
public class EngineState {

  private volatile boolean stopping;

  public boolean isStopping() {
    return stopping;
  }

  public void stopping() {
    stopping = true;
  }
}
