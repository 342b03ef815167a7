package com.genuka.privacy.audit.web;

import com.genuka.privacy.audit.boundary.AuditBrowser;
import com.genuka.privacy.audit.boundary.AuditVerification;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The audit log, newest first, page by page, and the verification of its hash chain (R-Q5). */
@Named
@RequestScoped
public class AuditBacking {

  static final int PAGE = 50;

  @EJB AuditBrowser browser;

  @EJB AuditVerification verification;

  private int page;
  private List<AuditBrowser.Row> rows;
  private long total;
  private AuditVerification.Result result;

  /** f:viewAction. */
  public void load() {
    total = browser.count();
    page = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE)));
    rows = browser.page(page * PAGE, PAGE);
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

  public String getSoundText() {
    return com.genuka.privacy.portal.web.Messages.text("audit.sound", result == null ? 0 : result.rowsChecked());
  }

  public AuditVerification.Result getResult() {
    return result;
  }
}
