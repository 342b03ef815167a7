package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.CustomerRequests;
import com.genuka.privacy.requests.boundary.CustomerRequests.MyRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The customer's requests: each one's state, due date and a link to its history and downloads. */
@Named
@RequestScoped
public class MyRequestsBacking {

  @EJB CustomerRequests requests;

  private List<MyRequest> mine;

  @PostConstruct
  void load() {
    mine = requests.mine();
  }

  public List<MyRequest> getMine() {
    return mine;
  }

  /** "12 days left", "due today", "overdue by 3 days", or nothing once closed. */
  public String daysLabel(MyRequest r) {
    if (!List.of("SUBMITTED", "IDENTITY_PENDING", "VERIFIED", "IN_PROGRESS").contains(r.status())) {
      return "";
    }
    if (r.overdue()) {
      return Messages.text("queue.overdueBy", -r.daysLeft());
    }
    return r.daysLeft() == 0 ? Messages.text("queue.dueToday") : Messages.text("queue.days", r.daysLeft());
  }
}
