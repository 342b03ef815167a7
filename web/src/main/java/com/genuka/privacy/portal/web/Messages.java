package com.genuka.privacy.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages from the portal's resource bundles, in the language of the page. */
public final class Messages {

  public static final String BUNDLE = "com.genuka.privacy.web.messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    return text(locale, key, args);
  }

  public static String text(Locale locale, String key, Object... args) {
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      String pattern = bundle.getString(key);
      if (args.length == 0) {
        return pattern;
      }
      Object[] shown = args.clone();
      for (int i = 0; i < shown.length; i++) {
        // an argument naming a field ("field.phone") or a state ("request.status.VERIFIED") is shown
        // as its label in the reader's language
        if (shown[i] instanceof String s && (s.startsWith("field.") || s.startsWith("request.status."))
            && bundle.containsKey(s)) {
          shown[i] = bundle.getString(s);
        }
      }
      return new MessageFormat(pattern, locale).format(shown);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, null, key, args);
  }

  public static void fieldError(String clientId, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
  }

  private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(key, args);
    faces.addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /** Keeps the messages of this request for the page a redirect leads to. */
  public static void keepAcrossRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
