package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.LinkForm;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.boundary.VerificationOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page a verification link opens: it shows the request and a button; pressing it proves the
 * address (the link is spent) and says what happens next.
 */
@Named
@RequestScoped
public class VerifyRequestBacking {

  @EJB RequestWorkflow workflow;

  private String token;
  private VerificationOutcome outcome;

  /** f:viewAction: what the link is worth, without spending it. */
  public void check() {
    outcome = workflow.checkVerification(token);
  }

  /** The button: the owner confirms. */
  public String verify() {
    outcome = workflow.verifyByToken(token);
    return null;
  }

  public boolean isFormShown() {
    return LinkForm.shown(outcome == null ? null : outcome.result() == VerificationOutcome.Result.READY);
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
