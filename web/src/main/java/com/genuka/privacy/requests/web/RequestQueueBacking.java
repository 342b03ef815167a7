package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.QueueFilter;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.boundary.RequestSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The admin's landing page: open requests, earliest due first, overdue ones flagged. */
@Named
@RequestScoped
public class RequestQueueBacking {

  @EJB RequestWorkflow workflow;

  private List<RequestSummary> requests;

  @PostConstruct
  void load() {
    requests = workflow.queue(QueueFilter.open());
  }

  public List<RequestSummary> getRequests() {
    return requests;
  }

  public long getOverdueCount() {
    return requests.stream().filter(RequestSummary::overdue).count();
  }

  public String getSummary() {
    return Messages.text("queue.summary", requests.size(), getOverdueCount());
  }

  /** "12 days left", "due today", or "overdue by 3 days". */
  public String daysLabel(RequestSummary r) {
    if (r.overdue()) {
      return Messages.text("queue.overdueBy", -r.daysLeft());
    }
    return r.daysLeft() == 0 ? Messages.text("queue.dueToday") : Messages.text("queue.days", r.daysLeft());
  }

  /** CSS class of the days-left badge: red once overdue, amber within a week. */
  public String urgency(RequestSummary r) {
    if (r.overdue()) {
      return "badge badge-overdue";
    }
    return r.daysLeft() <= 7 ? "badge badge-soon" : "badge badge-ok";
  }
}
