package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** Carries the identity store's verdict to the login page within one request. */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  public LoginOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(LoginOutcome outcome) {
    this.outcome = outcome;
  }
}
