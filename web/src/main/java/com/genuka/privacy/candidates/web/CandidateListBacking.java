package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDirectory;
import com.genuka.privacy.candidates.boundary.CandidateSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** HR's landing page: every candidate, their state and the day their data is deleted. */
@Named
@RequestScoped
public class CandidateListBacking {

  @EJB CandidateDirectory directory;

  private List<CandidateSummary> candidates;

  @PostConstruct
  void load() {
    candidates = directory.list();
  }

  public List<CandidateSummary> getCandidates() {
    return candidates;
  }
}
