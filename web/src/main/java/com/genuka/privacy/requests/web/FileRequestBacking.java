package com.genuka.privacy.requests.web;

import com.genuka.privacy.accounts.boundary.AccountService;
import com.genuka.privacy.mydata.boundary.MyData;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.CustomerRequests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Filing a request from the portal: any right of the workflow the caller may use; erasing the
 * account or the company's whole database asks for the company's name retyped, and the page says
 * what the law makes us keep (C7) and until when.
 */
@Named
@RequestScoped
public class FileRequestBacking {

  /** The workflow's refusals, said in this page's words. */
  static final Map<String, String> WORKFLOW_ERRORS = Map.of(
      "request.alreadyOpen", "myrequests.error.alreadyOpen",
      "request.tenantAdminOnly", "myrequests.error.tenantAdminOnly",
      "request.typeRequired", "myrequests.error.type",
      "request.detailsTooLong", "myrequests.error.detailsTooLong",
      "error.cardNumber", "myrequests.error.cardNumber",
      "request.objectionRequired", "objection.error.choose",
      "request.objectionWords", "objection.error.words");

  @EJB CustomerRequests requests;

  @EJB AccountService accounts;

  @EJB MyData myData;

  @jakarta.inject.Inject com.genuka.privacy.portal.web.LocaleBacking locale;

  @jakarta.inject.Inject com.genuka.privacy.portal.web.Formats fmt;

  @EJB com.genuka.privacy.retention.boundary.RetentionCatalog retention;

  private List<String> types;
  private String companyName;
  private LocalDate keptUntil;
  private LocalDate companyKeptUntil;
  private List<String> companyFate;

  private String type;
  private String objection;
  private String details;
  private String confirmation;

  @PostConstruct
  void load() {
    types = requests.fileableTypes();
    companyName = accounts.me().company().name();
    keptUntil = myData.lastLegalHold(false);
    companyKeptUntil = types.contains("TENANT_DELETION") ? myData.lastLegalHold(true) : null;
    companyFate = companyFate(requests.companyFate());
  }

  /**
   * What erasing the account does to the company, said before filing (issue 10): closed with its
   * database deleted by the closed-companies rule and its invoices kept for the law only, when the
   * customer is its last account; left without an administrator when they are its only one.
   */
  private List<String> companyFate(CustomerRequests.CompanyFate fate) {
    if (fate == null) {
      return List.of();
    }
    java.util.Locale l = locale.getLocale();
    if (!fate.closes()) {
      return List.of(Messages.text(l, "closure.warning.onlyAdmin", fate.company(), fate.otherMembers()));
    }
    var rule = retention.rule("CLOSED_COMPANY");
    var backup = retention.rule("BACKUP");
    String after = Messages.text(l, "period." + rule.getUnit().name(), rule.getAmount());
    String backups = Messages.text(l, "period." + backup.getUnit().name(), backup.getAmount());
    return List.of(Messages.text(l, "closure.warning.last", fate.company(), fate.records(), after, backups),
        fate.invoicesKeptUntil() == null ? Messages.text(l, "closure.warning.noInvoices")
            : Messages.text(l, "closure.warning.invoices", fate.invoices(), fmt.date(fate.invoicesKeptUntil())));
  }

  public List<String> getCompanyFate() {
    return companyFate;
  }

  public String file() {
    long id;
    try {
      id = requests.file(type, objection, details, confirmation, locale.getLanguage());
    } catch (UserFacingException e) {
      String key = WORKFLOW_ERRORS.getOrDefault(e.getMessageKey(), e.getMessageKey());
      if ("myrequests.error.confirmation".equals(key)) {
        Messages.fieldError("file:confirmation", key);
      }
      if ("objection.error.choose".equals(key)) {
        Messages.fieldError("file:objection", key);
      }
      if ("objection.error.words".equals(key)) {
        Messages.fieldError("file:details", key);
      }
      Messages.error(key);
      return null;
    }
    Messages.info("myrequests.filed");
    Messages.keepAcrossRedirect();
    return "/customer/request.xhtml?faces-redirect=true&id=" + id;
  }

  public List<String> getTypes() {
    return types;
  }

  /** What a customer may object to, from the policy's processings. */
  public List<String> getObjectionChoices() {
    return requests.objectionChoices();
  }

  public String getObjection() {
    return objection;
  }

  public void setObjection(String objection) {
    this.objection = objection;
  }

  public boolean needsConfirmation(String t) {
    return CustomerRequests.needsConfirmation(t);
  }

  public String getCompanyName() {
    return companyName;
  }

  public LocalDate getKeptUntil() {
    return keptUntil;
  }

  public LocalDate getCompanyKeptUntil() {
    return companyKeptUntil;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
