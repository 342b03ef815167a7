package com.genuka.privacy.erasure.web;

import com.genuka.privacy.erasure.boundary.EngineConsole;
import com.genuka.privacy.erasure.boundary.JobView;
import com.genuka.privacy.erasure.boundary.ScanView;
import com.genuka.privacy.export.boundary.ExportView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The engines as admin commands over HTTP (ADMIN role, see ApiGuardFilter): the residue scan over the
 * whole database, and the state of erasure jobs and export files.
 */
@Path("admin/engines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnginesResource {

  @EJB EngineConsole console;

  @POST
  @Path("residue-scan")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Searches every table and column for an e-mail, a name and a phone number; "
      + "clean is false if any is found outside legal-hold rows and companies' own databases")
  public ScanView scan(@FormParam("email") String email, @FormParam("name") String name,
      @FormParam("phone") String phone) {
    return console.scan(email, name, phone);
  }

  @GET
  @Path("jobs")
  @Operation(summary = "The latest erasure jobs with their steps")
  public List<JobView> jobs() {
    return console.jobs();
  }

  @GET
  @Path("jobs/{id}")
  @Operation(summary = "One erasure job with its steps and notices")
  public JobView job(@PathParam("id") long id) {
    return console.job(id);
  }

  @GET
  @Path("exports")
  @Operation(summary = "The latest export files with their progress")
  public List<ExportView> exports() {
    return console.exportFiles();
  }
}
