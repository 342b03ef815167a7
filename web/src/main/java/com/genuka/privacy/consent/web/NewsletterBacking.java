package com.genuka.privacy.consent.web;

import com.genuka.privacy.consent.boundary.Newsletter;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Admin: send a marketing e-mail to the customers who accepted marketing, and only to them. */
@Named
@RequestScoped
public class NewsletterBacking {

  @EJB Newsletter newsletter;

  private String titleFr;
  private String textFr;
  private String titleEn;
  private String textEn;
  private Long audience;

  public long getAudience() {
    if (audience == null) {
      audience = newsletter.audience();
    }
    return audience;
  }

  public String send() {
    int sent = newsletter.send(new Newsletter.Issue(titleFr, textFr, titleEn, textEn));
    Messages.info("newsletter.sent", sent);
    Messages.keepAcrossRedirect();
    return "/admin/newsletter.xhtml?faces-redirect=true";
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }
}
