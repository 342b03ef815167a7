package com.genuka.privacy.requests.web;

import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.boundary.VerificationOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page a verification link opens: it proves the address and says what happens next. */
@Named
@RequestScoped
public class VerifyRequestBacking {

  @EJB RequestWorkflow workflow;

  private String token;
  private VerificationOutcome outcome;

  /** f:viewAction: opening the page is the act of verifying. */
  public void verify() {
    outcome = workflow.verifyByToken(token);
  }

  public VerificationOutcome getOutcome() {
    return outcome;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
