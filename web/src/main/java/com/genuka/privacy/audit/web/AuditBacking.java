package com.genuka.privacy.audit.web;

import com.genuka.privacy.audit.boundary.AuditBrowser;
import com.genuka.privacy.audit.boundary.AuditVerification;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit log, newest first, filtered (action, author's role, author, subject, days) and page by
 * page, and the verification of its hash chain (R-Q5). The filter lives in the address, so a page of
 * it can be bookmarked and the pager keeps it.
 */
@Named
@RequestScoped
public class AuditBacking {

  static final int PAGE = 50;

  @EJB AuditBrowser browser;

  @EJB AuditVerification verification;

  private int page;
  private String action;
  private String role;
  private String author;
  private String subject;
  private String from;
  private String to;
  private List<AuditBrowser.Row> rows;
  private long total;
  private AuditVerification.Result result;

  /** f:viewAction. */
  public void load() {
    AuditBrowser.Filter filter = new AuditBrowser.Filter(action, role, author, subject, day(from), day(to));
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      Messages.error("audit.filter.badRange");
      filter = new AuditBrowser.Filter(action, role, author, subject, null, null);
    }
    total = browser.count(filter);
    page = Math.max(0, Math.min(page, (int) ((Math.max(total, 1) - 1) / PAGE)));
    rows = browser.page(filter, page * PAGE, PAGE);
  }

  private static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      Messages.error("audit.filter.badDate", value.strip());
      return null;
    }
  }

  public String verify() {
    result = verification.verify();
    load();
    return null;
  }

  public List<AuditBrowser.Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  /** The page asked for in the address; anything but a page number shows the newest. */
  public String getPageParam() {
    return Integer.toString(page);
  }

  public void setPageParam(String value) {
    try {
      page = value == null ? 0 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      page = 0;
    }
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE < total;
  }

  public long getPages() {
    return Math.max(1, (total + PAGE - 1) / PAGE);
  }

  /** "Page 2 of 7 — 312 rows", in the page's language. */
  public String getPosition() {
    return Messages.text("audit.pager.position", page + 1, getPages(), total);
  }

  /** The address of page {@code n} (from 0) with the same filter. */
  public String pageUrl(int n) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("action", action);
    params.put("role", role);
    params.put("author", author);
    params.put("subject", subject);
    params.put("from", from);
    params.put("to", to);
    StringBuilder url = new StringBuilder(
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/audit.xhtml?page=" + n);
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        url.append('&').append(k).append('=').append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
      }
    });
    return url.toString();
  }

  public List<String> getActions() {
    return browser.actions();
  }

  public List<String> getRoles() {
    return browser.roles();
  }

  @jakarta.inject.Inject AuditTextBacking auditText;

  /** An action's name in the page's language (the sentence the rows show), else its code. */
  public String actionLabel(String code) {
    return auditText.describe(code);
  }

  /** A role's name in the page's language where the bundle has one, else its code. */
  public String roleLabel(String code) {
    return labelOr("audit.role." + code, code);
  }

  /** Who a reference stands for, as the page shows it: a name, or what became of the person. */
  public String personLabel(AuditBrowser.Person p) {
    if (p == null || "NONE".equals(p.kind())) {
      return "";
    }
    return p.isNamed() ? p.name() : Messages.text("audit.person." + p.kind());
  }

  private static String labelOr(String key, String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale());
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  public boolean isFiltered() {
    return !new AuditBrowser.Filter(action, role, author, subject, null, null).isEmpty()
        || (from != null && !from.isBlank()) || (to != null && !to.isBlank());
  }

  public String getSoundText() {
    return Messages.text("audit.sound", result == null ? 0 : result.rowsChecked());
  }

  public AuditVerification.Result getResult() {
    return result;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
