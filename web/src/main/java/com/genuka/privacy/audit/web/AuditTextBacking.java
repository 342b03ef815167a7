package com.genuka.privacy.audit.web;

import com.genuka.privacy.audit.control.AuditTexts;
import com.genuka.privacy.portal.web.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An audit action in the page's language, for {@code #{auditText.describe(a.action)}}. */
@Named("auditText")
@RequestScoped
public class AuditTextBacking {

  @Inject LocaleBacking locale;

  public String describe(String action) {
    return AuditTexts.describe(action, locale.getLanguage());
  }
}
