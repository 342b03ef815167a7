package com.genuka.privacy.platform.web;

import com.genuka.privacy.notify.boundary.OutboxDispatcher;
import com.genuka.privacy.requests.boundary.DeadlineReminders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lets the integration tests run a timer's job now instead of waiting for its hour (the jobs are
 * idempotent: running one early does what the timer would do). Test server only, see
 * {@link TestHookGuard}.
 */
@Path("test/jobs")
@RequestScoped
public class TestJobsResource {

  @Inject TestHookGuard guard;

  @Context HttpServletRequest request;

  @EJB DeadlineReminders reminders;

  @EJB OutboxDispatcher dispatcher;

  @POST
  @Path("request-reminders")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String requestReminders() {
    guard.check(request);
    return Integer.toString(reminders.run());
  }

  @POST
  @Path("outbox")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String outbox() {
    guard.check(request);
    return Integer.toString(dispatcher.dispatch());
  }
}
