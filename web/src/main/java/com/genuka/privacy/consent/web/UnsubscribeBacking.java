package com.genuka.privacy.consent.web;

import com.genuka.privacy.consent.boundary.ConsentViews.UnsubscribeLink;
import com.genuka.privacy.consent.boundary.Unsubscribe;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public unsubscribe page: what the link is about, the button that confirms, and what happened. */
@Named
@RequestScoped
public class UnsubscribeBacking {

  @EJB Unsubscribe unsubscribe;

  private String token;
  private String done;
  private UnsubscribeLink link;

  public void load() {
    link = unsubscribe.lookup(token);
  }

  public UnsubscribeLink getLink() {
    return link;
  }

  /** Where the confirmation button posts. */
  public String getAction() {
    return "unsubscribe?t=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = "UNSUBSCRIBED".equals(done) || "ALREADY_UNSUBSCRIBED".equals(done) ? done : null;
  }
}
