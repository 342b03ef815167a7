package com.genuka.privacy.it.support;

import java.time.Instant;

/**
 * Places the server's "now" through its test hooks (PUT /api/test/clock, only on the test
 * server). Always {@link #reset()} in a finally block or an {@code @AfterEach}: the server is
 * shared by every test class.
 */
public final class TestClock {

  private TestClock() {}

  public static Instant travelTo(Instant instant) {
    PortalClient.Page page = new PortalClient("en").put("/api/test/clock?to=" + instant);
    if (page.status() != 200) {
      throw new IllegalStateException("could not move the clock: " + page.status() + " " + page.body());
    }
    return Instant.parse(page.body().trim());
  }

  public static Instant now() {
    return Instant.parse(new PortalClient("en").get("/api/test/clock").body().trim());
  }

  public static void reset() {
    new PortalClient("en").delete("/api/test/clock");
  }
}
