package com.genuka.privacy.notify.web;

import com.genuka.privacy.notify.boundary.OutboxAdmin;
import com.genuka.privacy.notify.entity.OutboxStatus;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Every e-mail the portal queued, with its state: waiting, sent, failed; and a retry. */
@Named
@RequestScoped
public class OutboxBacking {

  @EJB OutboxAdmin outbox;

  private String status;
  private List<OutboxAdmin.Row> rows;
  /** By the state's name: the page's EL looks them up with a string ('PENDING'), not the enum. */
  private Map<String, Long> counts;

  /** f:viewAction. */
  public void load() {
    if (status != null && !List.of("PENDING", "SENT", "FAILED").contains(status)) {
      status = null;
    }
    rows = outbox.recent(status, 200);
    counts = new java.util.LinkedHashMap<>();
    long all = 0;
    for (Map.Entry<OutboxStatus, Long> e : outbox.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
      all += e.getValue();
    }
    counts.put("ALL", all);
  }

  public String retry(long id) {
    outbox.retry(id);
    Messages.info("outbox.retried");
    Messages.keepAcrossRedirect();
    return "/admin/outbox.xhtml?faces-redirect=true";
  }

  public List<OutboxAdmin.Row> getRows() {
    return rows;
  }

  public Map<String, Long> getCounts() {
    return counts;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
