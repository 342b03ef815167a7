package com.genuka.privacy.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application. Every deadline, retention cutoff and timestamp reads it, so
 * that a test can place "now" anywhere (only through the test hooks, which production disables).
 * Calendar dates are taken in the deployment's time zone ({@code genuka.zone}).
 */
@ApplicationScoped
public class PortalClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Inject
  @ConfigProperty(name = "genuka.zone", defaultValue = "Europe/Paris")
  String zoneName;

  private ZoneId zone;

  public PortalClock() {}

  /** For plain unit tests. */
  public PortalClock(ZoneId zone) {
    this.zone = zone;
  }

  @PostConstruct
  void init() {
    zone = ZoneId.of(zoneName);
  }

  public Instant now() {
    return Instant.now().plus(offset.get());
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  public ZonedDateTime zonedNow() {
    return now().atZone(zone);
  }

  public Clock asClock() {
    return Clock.offset(Clock.system(zone), offset.get());
  }

  /** Moves "now" to the given instant (test hooks only). */
  public void travelTo(Instant target) {
    offset.set(Duration.between(Instant.now(), target));
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  public Duration offset() {
    return offset.get();
  }
}
