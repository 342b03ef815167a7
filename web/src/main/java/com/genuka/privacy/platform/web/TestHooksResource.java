package com.genuka.privacy.platform.web;

import com.genuka.privacy.platform.control.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lets the integration tests place "now" anywhere, so that every retention boundary and deadline
 * can be tested on the real server. It exists only where {@code genuka.test-hooks=true} (set by
 * the integration-test build, never by the default run or production) and answers only to
 * loopback; anywhere else it is a 404.
 */
@Path("test/clock")
@RequestScoped
public class TestHooksResource {

  @Inject PortalClock clock;

  @Inject TestHookGuard guard;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String now() {
    guard();
    return clock.now().toString();
  }

  @PUT
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String travel(@QueryParam("to") String to) {
    guard();
    try {
      clock.travelTo(Instant.parse(to));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new jakarta.ws.rs.BadRequestException("to must be an ISO-8601 instant");
    }
    return clock.now().toString();
  }

  @DELETE
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String reset() {
    guard();
    clock.reset();
    return clock.now().toString();
  }

  private void guard() {
    guard.check(request);
  }
}
