package com.genuka.privacy.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered, for {@code <f:view locale>} and {@code <html lang>}. */
@Named
@RequestScoped
public class LocaleBacking {

  private String language;

  public String getLanguage() {
    if (language == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      language = Languages.resolve(request);
    }
    return language;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public boolean isFrench() {
    return "fr".equals(getLanguage());
  }

  /** The current address with {@code lang} set to the other language, for the switch. */
  public String getSwitchUrl() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    String uri = Languages.localPath(forwarded instanceof String f ? f : request.getRequestURI());
    String query = request.getQueryString();
    String kept = query == null ? "" : java.util.Arrays.stream(query.split("&"))
        .filter(p -> !p.startsWith("lang=") && !p.isEmpty())
        .reduce((a, b) -> a + "&" + b).map(q -> q + "&").orElse("");
    return uri + "?" + kept + "lang=" + getOther();
  }

  /** The other language, offered by the switch. */
  public String getOther() {
    return isFrench() ? "en" : "fr";
  }
}
