package com.genuka.privacy.registers.web;

import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public registers as JSON: what the policy pages show, for machines. */
@Path("registers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registers", description = "Public registers of the privacy policy (no login)")
public class RegistersResource {

  @EJB RegisterService registers;

  @EJB RetentionCatalog retention;

  /** A provider of the register (R-G1). */
  public record Provider(String group, String name, String purposeFr, String purposeEn, String dataSharedFr,
      String dataSharedEn, String locationFr, String locationEn, String certifications, List<String> categories) {}

  /** A data location (R-G2). */
  public record Location(String scope, String regionFr, String regionEn, String noteFr, String noteEn) {}

  /** A retention rule (R-T1..R-T9). */
  public record Rule(String code, String specRef, String category, Integer amount, String unit,
      String dataFr, String dataEn, String policyQuote) {}

  @GET
  @Path("subprocessors")
  @Operation(summary = "Sub-processors and controllers, in the policy's two groups")
  public List<Provider> subProcessors() {
    return registers.subProcessors().stream()
        .map(s -> new Provider(s.getGroupCode(), s.getName(), s.getPurposeFr(), s.getPurposeEn(),
            s.getDataSharedFr(), s.getDataSharedEn(), s.getLocationFr(), s.getLocationEn(),
            s.getCertifications(), s.getCategoryList()))
        .toList();
  }

  @GET
  @Path("locations")
  @Operation(summary = "Where data is hosted and backed up")
  public List<Location> locations() {
    return registers.dataLocations().stream()
        .map(l -> new Location(l.getScope(), l.getRegionFr(), l.getRegionEn(), l.getNoteFr(), l.getNoteEn()))
        .toList();
  }

  @GET
  @Path("retention")
  @Operation(summary = "Retention periods, as the deletion timers apply them")
  public List<Rule> retention() {
    return retention.rules().stream()
        .map(r -> new Rule(r.getCode(), r.getSpecRef(), r.getCategory(), r.getAmount(),
            r.getUnit() == null ? null : r.getUnit().name(), r.data(java.util.Locale.FRENCH),
            r.data(java.util.Locale.ENGLISH), r.getPolicyQuote()))
        .toList();
  }
}
