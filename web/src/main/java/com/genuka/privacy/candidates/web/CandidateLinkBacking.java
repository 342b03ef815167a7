package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateSelfService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A candidate asks for a new link to their page. The answer never says whether the address is
 * known: a link goes to it only if we hold an application under it.
 */
@Named
@RequestScoped
public class CandidateLinkBacking {

  @EJB CandidateSelfService self;

  private String email;
  private boolean sent;

  public String send() {
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    self.requestLink(email, request.getRemoteAddr());
    sent = true;
    email = null;
    return null;
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
