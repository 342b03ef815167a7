package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.EmailChanges;
import com.genuka.privacy.portal.web.LinkForm;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page a new address's confirmation link opens: it shows the address and a button; pressing
 * it confirms the change (the link is spent).
 */
@Named
@RequestScoped
public class EmailConfirmBacking {

  @EJB EmailChanges changes;

  private String token;
  private EmailChanges.Outcome outcome;
  private String newEmail;

  /** f:viewAction: what the link is worth, without spending it. */
  public void check() {
    EmailChanges.Pending pending = changes.check(token);
    outcome = pending.outcome();
    newEmail = pending.newEmail();
  }

  /** The button: the owner of the new address confirms. */
  public String confirm() {
    outcome = changes.confirm(token);
    return null;
  }

  public boolean isFormShown() {
    return LinkForm.shown(outcome == null ? null : outcome == EmailChanges.Outcome.READY);
  }

  public String getOutcome() {
    return outcome == null ? EmailChanges.Outcome.UNKNOWN.name() : outcome.name();
  }

  public String getNewEmail() {
    return newEmail;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
