package com.genuka.privacy.erasure.web;

import com.genuka.privacy.erasure.boundary.AwaitingRequest;
import com.genuka.privacy.erasure.boundary.EngineConsole;
import com.genuka.privacy.erasure.boundary.JobView;
import com.genuka.privacy.erasure.boundary.ScanView;
import com.genuka.privacy.export.boundary.ExportView;
import com.genuka.privacy.portal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The admins' page of the engines: requests waiting for one, erasure jobs step by step, export
 * files with their progress, and the residue scan.
 */
@Named
@RequestScoped
public class EnginesBacking {

  @EJB EngineConsole console;

  private List<JobView> jobs;
  private List<ExportView> exports;
  private List<AwaitingRequest> awaiting;
  private String email;
  private String name;
  private String phone;
  private ScanView scan;

  @PostConstruct
  void load() {
    jobs = console.jobs();
    exports = console.exportFiles();
    awaiting = console.awaiting();
  }

  public String runScan() {
    scan = console.scan(email, name, phone);
    return null;
  }

  public String retryJob(long id) {
    console.retryJob(id);
    return done("engines.retried");
  }

  public String retryExport(long id) {
    console.retryExport(id);
    return done("engines.retried");
  }

  public String carryOut(long requestId) {
    console.carryOut(requestId);
    return done("engines.handedOver");
  }

  private String done(String key) {
    Messages.info(key);
    Messages.keepAcrossRedirect();
    return "/admin/engines.xhtml?faces-redirect=true";
  }

  /** A step's name in the admin's language; a company table shows its name. */
  public String stepLabel(String code) {
    if (code.startsWith("TABLE:")) {
      return Messages.text("engines.step.TABLE", code.substring("TABLE:".length()));
    }
    return Messages.text("engines.step." + code);
  }

  public String stepsText(JobView j) {
    return Messages.text("engines.stepsDone", j.stepsDone(), j.stepsTotal());
  }

  /** What the scan covered: every table of the catalogue. */
  public String getCoverage() {
    return scan == null ? "" : Messages.text("engines.scan.coverage", scan.tables().size(), scan.textColumns(),
        scan.binaryColumns(), scan.idColumns());
  }

  public String statusBadge(String status) {
    return switch (status) {
      case "SUCCEEDED", "READY", "DONE" -> "badge badge-ok";
      case "FAILED" -> "badge badge-overdue";
      case "RUNNING", "QUEUED" -> "badge badge-soon";
      default -> "badge badge-neutral";
    };
  }

  public List<JobView> getJobs() {
    return jobs;
  }

  public List<ExportView> getExports() {
    return exports;
  }

  public List<AwaitingRequest> getAwaiting() {
    return awaiting;
  }

  public ScanView getScan() {
    return scan;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
