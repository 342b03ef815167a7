package com.genuka.privacy.erasure.web;

import com.genuka.privacy.erasure.control.EngineHooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lets the integration tests inject faults into erasure jobs: pass a step over (the residue scan
 * must then fail the job) or pause a job after a step (to kill the server half-way). Like the clock
 * hook, it exists only where {@code genuka.test-hooks=true} and answers only to loopback.
 */
@Path("test/engines")
@RequestScoped
public class EngineTestHooksResource {

  @Inject EngineHooks hooks;

  @Inject
  @ConfigProperty(name = "genuka.test-hooks", defaultValue = "false")
  boolean enabled;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String state() {
    guard();
    return "skip=" + String.join(",", hooks.skipped()) + "\npauseAfter=" + (hooks.pauseAfter() == null ? "" : hooks.pauseAfter());
  }

  @PUT
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String set(@QueryParam("skip") String skip, @QueryParam("pauseAfter") String pauseAfter) {
    guard();
    if (skip != null && !skip.isBlank()) {
      hooks.skip(skip.strip());
    }
    if (pauseAfter != null) {
      hooks.pauseAfter(pauseAfter.isBlank() ? null : pauseAfter.strip());
    }
    return state();
  }

  @DELETE
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String clear() {
    guard();
    hooks.clear();
    return state();
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
