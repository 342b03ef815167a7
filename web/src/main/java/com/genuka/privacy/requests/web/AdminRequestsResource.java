package com.genuka.privacy.requests.web;

import com.genuka.privacy.requests.boundary.QueueFilter;
import com.genuka.privacy.requests.boundary.RequestDetail;
import com.genuka.privacy.requests.boundary.RequestSummary;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin queue over HTTP, for tools: the same workflow, the same state machine and the same
 * checks as the pages (ApiGuardFilter lets only ADMIN reach /api/admin/*, and only from the portal's
 * own origin or a tool for a state-changing call). Actions name the version the
 * caller saw; a refused action answers 409 or 400 with a message in the caller's language.
 */
@Path("admin/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin requests", description = "The request queue and its actions (ADMIN)")
public class AdminRequestsResource {

  @EJB RequestWorkflow workflow;

  @GET
  @Operation(summary = "Requests, filtered like the queue page")
  public List<RequestSummary> list(@QueryParam("type") String type, @QueryParam("status") String status,
      @QueryParam("channel") String channel, @QueryParam("overdue") boolean overdue) {
    return workflow.queue(new QueueFilter(type, status, channel, null, overdue, "DUE", true));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A request with its history")
  public RequestDetail detail(@PathParam("id") long id) {
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/verify")
  public RequestDetail verify(@PathParam("id") long id, @FormParam("version") int version) {
    workflow.verify(id, version);
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/assign")
  public RequestDetail assign(@PathParam("id") long id, @FormParam("admin") long admin, @FormParam("version") int version) {
    workflow.assign(id, admin, version);
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/extend")
  public RequestDetail extend(@PathParam("id") long id, @FormParam("months") int months,
      @FormParam("reason") String reason, @FormParam("version") int version) {
    workflow.extend(id, months, reason, version);
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/reject")
  public RequestDetail reject(@PathParam("id") long id, @FormParam("template") String template,
      @FormParam("text") String text, @FormParam("version") int version) {
    workflow.reject(id, template, text, version);
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/start")
  public RequestDetail start(@PathParam("id") long id, @FormParam("version") int version) {
    workflow.start(id, version);
    return workflow.detail(id);
  }

  @POST
  @Path("{id}/complete")
  public RequestDetail complete(@PathParam("id") long id, @FormParam("note") String note,
      @FormParam("version") int version) {
    workflow.complete(id, note, version);
    return workflow.detail(id);
  }
}
