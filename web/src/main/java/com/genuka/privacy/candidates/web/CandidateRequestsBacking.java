package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateRequestLine;
import com.genuka.privacy.candidates.boundary.CandidateRequestsDesk;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Candidates' requests as HR sees them, beside the admins' queue: open ones by due date (or all),
 * and the erasures HR carries out once an admin has started them.
 */
@Named
@RequestScoped
public class CandidateRequestsBacking {

  @EJB CandidateRequestsDesk desk;

  private String show;
  private List<CandidateRequestLine> requests;

  public List<CandidateRequestLine> getRequests() {
    if (requests == null) {
      requests = desk.requests(!"ALL".equals(show));
    }
    return requests;
  }

  public String carryOut(long requestId) {
    int deleted = desk.carryOutErasure(requestId);
    Messages.info("candidate.done.erased", deleted);
    Messages.keepAcrossRedirect();
    return "/hr/requests.xhtml?faces-redirect=true";
  }

  public boolean isAll() {
    return "ALL".equals(show);
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }
}
