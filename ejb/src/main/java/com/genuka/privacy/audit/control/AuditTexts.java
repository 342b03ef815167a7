package com.genuka.privacy.audit.control;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an audit row records, in the reader's words: each action has a sentence in French and in
 * English ({@code actions_fr/en.properties}). The row's own summary is a technical record, written
 * once in English and sealed in the hash chain; the admin's log and a person's access copy show
 * this sentence first, rendered from the action when read, so that no reader meets a log in a
 * language not theirs.
 */
public final class AuditTexts {

  static final String BUNDLE = "com.genuka.privacy.audit.control.actions";

  private AuditTexts() {}

  /** The action in the reader's words; the code itself for an action without a sentence. */
  public static String describe(String action, String language) {
    if (action == null || action.isBlank()) {
      return "";
    }
    ResourceBundle b = bundle(language);
    return b.containsKey(action) ? b.getString(action) : action;
  }

  /** Every action that has a sentence. */
  public static java.util.Set<String> actions() {
    return bundle("fr").keySet();
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("en".equals(language) ? "en" : "fr"),
        AuditTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
