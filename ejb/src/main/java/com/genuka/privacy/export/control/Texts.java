package com.genuka.privacy.export.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of what the engines write for people (export summaries, erasure receipts), in French
 * or English. They live beside the engines because files are written in the background, far from
 * any page; the keys mirror the portal's bundles.
 */
public final class Texts {

  static final String BUNDLE = "com.genuka.privacy.export.control.texts";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** French unless the language is English: the policy's language is French. */
  public static Texts of(String language) {
    return new Texts("en".equals(language) ? Locale.ENGLISH : Locale.FRENCH);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }

  /** For dates and numbers: British conventions in English ("3 May 2026"), as the portal's pages. */
  public Locale formatLocale() {
    return "en".equals(language()) ? Locale.UK : Locale.FRANCE;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key, Object... args) {
    try {
      // Always formatted, so that every text doubles its apostrophes the same way.
      return new MessageFormat(bundle.getString(key), locale).format(args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing text " + key + " (" + locale + ")", e);
    }
  }
}
