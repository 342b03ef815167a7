package com.genuka.privacy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap is not nearly exhausted (/health/live). */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    boolean ok = used < rt.maxMemory() * 0.95;
    return HealthCheckResponse.named("heap").status(ok).withData("usedBytes", used)
        .withData("maxBytes", rt.maxMemory()).build();
  }
}
