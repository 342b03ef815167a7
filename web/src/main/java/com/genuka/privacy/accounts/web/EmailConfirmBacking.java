package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.EmailChanges;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page a new address's confirmation link opens: opening it is the confirmation. */
@Named
@RequestScoped
public class EmailConfirmBacking {

  @EJB EmailChanges changes;

  private String token;
  private EmailChanges.Outcome outcome = EmailChanges.Outcome.UNKNOWN;

  /** f:viewAction. */
  public void confirm() {
    outcome = changes.confirm(token);
  }

  public String getOutcome() {
    return outcome.name();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
