package com.genuka.privacy.candidates.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The grant a candidate's link gave this browser: held only in the server-side session, never sent
 * to the browser, so that the page's actions and downloads need no id from the page.
 */
@SessionScoped
public class CandidatePageSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private String grant;

  public String getGrant() {
    return grant;
  }

  public void setGrant(String grant) {
    this.grant = grant;
  }

  public boolean isOpen() {
    return grant != null;
  }

  public void clear() {
    grant = null;
  }
}
