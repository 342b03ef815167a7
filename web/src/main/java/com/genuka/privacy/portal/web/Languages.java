package com.genuka.privacy.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * The portal speaks French and English. The choice comes, in order, from the language switch (a
 * cookie remembered for a year), then from the browser's preferences, as the policy says; French,
 * the language of the policy, when the browser asks for neither.
 */
public final class Languages {

  public static final String COOKIE = "genuka_lang";
  public static final String SESSION_ATTRIBUTE = "genuka.lang";
  public static final Set<String> SUPPORTED = Set.of("fr", "en");
  public static final String DEFAULT = "fr";

  private Languages() {}

  public static String resolve(HttpServletRequest request) {
    Object chosen = request.getSession(false) == null ? null
        : request.getSession(false).getAttribute(SESSION_ATTRIBUTE);
    if (chosen instanceof String s && SUPPORTED.contains(s)) {
      return s;
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
          return c.getValue();
        }
      }
    }
    return fromBrowser(request.getLocales());
  }

  /** The first supported language among the browser's preferences, in its order. */
  public static String fromBrowser(Enumeration<Locale> preferences) {
    while (preferences != null && preferences.hasMoreElements()) {
      String language = preferences.nextElement().getLanguage();
      if (SUPPORTED.contains(language)) {
        return language;
      }
    }
    return DEFAULT;
  }

  public static String normalise(String language) {
    return language != null && SUPPORTED.contains(language) ? language : null;
  }

  /**
   * The path of this site that a language switch leads back to. A request for {@code //host/x}
   * (or {@code /\host/x}) would otherwise send the browser to another site.
   */
  public static String localPath(String requestUri) {
    return "/" + (requestUri == null ? "" : requestUri.replaceFirst("^[/\\\\]+", ""));
  }
}
