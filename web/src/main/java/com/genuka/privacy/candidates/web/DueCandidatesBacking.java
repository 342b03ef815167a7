package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDirectory;
import com.genuka.privacy.candidates.boundary.CandidateSummary;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The candidates whose data will be deleted in the next 30 days (R-T1, R-T2), soonest first, with
 * those already due that the next sweep will take: time for HR to ask a candidate not selected
 * whether they agree to stay in the talent pool.
 */
@Named
@RequestScoped
public class DueCandidatesBacking {

  static final int DAYS = 30;

  @EJB CandidateDirectory directory;

  private List<CandidateSummary> due;

  public List<CandidateSummary> getDue() {
    if (due == null) {
      due = directory.dueWithin(DAYS);
    }
    return due;
  }

  public int getDays() {
    return DAYS;
  }

  public String whenLabel(CandidateSummary c) {
    return CandidateListBacking.when(c);
  }

  public String getSummary() {
    return Messages.text("hr.due.summary", getDue().size(), DAYS);
  }
}
