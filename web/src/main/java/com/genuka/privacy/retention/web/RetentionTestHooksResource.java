package com.genuka.privacy.retention.web;

import com.genuka.privacy.retention.boundary.RetentionScheduler;
import com.genuka.privacy.retention.control.SweepFaults;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the integration tests and the benchmark need beyond the admin page: run the start-up
 * catch-up now (as after a restart), run a sweep and wait for its end, crash a sweep in a given
 * batch, use small batches. Like the clock hook, it exists only where {@code genuka.test-hooks=true} and
 * answers only to loopback; anywhere else it is a 404.
 */
@Path("test/retention")
@RequestScoped
public class RetentionTestHooksResource {

  @EJB RetentionScheduler scheduler;

  @Inject SweepFaults faults;

  @Inject
  @ConfigProperty(name = "genuka.test-hooks", defaultValue = "false")
  boolean enabled;

  @Context HttpServletRequest request;

  /** Runs the catch-up that follows a start; answers the ids of the runs it made, one a line. */
  @POST
  @Path("catch-up")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String catchUp() {
    guard();
    return scheduler.catchUp().stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }

  /** Runs a sweep and answers when it has ended, with the run's id (the benchmark's trigger). */
  @POST
  @Path("run")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String run(@QueryParam("rule") String rule) {
    guard();
    if (rule == null || !scheduler.hasSweep(rule)) {
      throw new jakarta.ws.rs.BadRequestException("rule must name a rule with a sweep");
    }
    Long run = scheduler.runAndWait(rule);
    return run == null ? "running" : String.valueOf(run);
  }

  @PUT
  @Path("faults")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String faults(@QueryParam("rule") String rule, @QueryParam("crashAtBatch") Integer crashAtBatch,
      @QueryParam("batchSize") Integer batchSize) {
    guard();
    if (rule != null && crashAtBatch != null) {
      faults.crashAt(rule, crashAtBatch);
    }
    if (batchSize != null) {
      faults.forceBatchSize(batchSize);
    }
    return "ok";
  }

  @DELETE
  @Path("faults")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String clear() {
    guard();
    faults.clear();
    return "ok";
  }

  private void guard() {
    if (!enabled || !isLoopback(request.getRemoteAddr())) {
      throw new NotFoundException();
    }
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
