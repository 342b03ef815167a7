package com.genuka.privacy.platform.control;

/**
 * The one rule for every text a person types into the portal (pages, the public forms, the REST
 * API, link parameters): no character that cannot be shown or stored. A NUL makes PostgreSQL refuse
 * the whole statement; C0 and C1 control characters and the replacement character (what invalid
 * UTF-8 decodes to) are not text; bidirectional overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069) make a name read differently from what it is ("Trojan Source", CVE-2021-42574).
 * Line breaks and tabs are text only where the field takes several lines.
 */
public final class TextInput {

  /** The message shown for a refused text; its one argument is the field's label. */
  public static final String MESSAGE_KEY = "input.error.characters";

  private TextInput() {}

  /** The index of the first character that may not be kept, or -1 when the whole text may be. */
  public static int firstRefused(CharSequence text, boolean multiline) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (refused(c, multiline)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the whole text may be kept. */
  public static boolean acceptable(CharSequence text, boolean multiline) {
    return firstRefused(text, multiline) < 0;
  }

  private static boolean refused(char c, boolean multiline) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return !multiline;
    }
    return c < 0x20 // C0 controls, NUL first
        || (c >= 0x7F && c <= 0x9F) // DEL and C1 controls
        || (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        || c == 0xFFFD // what a decoder makes of invalid UTF-8
        || c == 0xFFFE || c == 0xFFFF // noncharacters
        || Character.isSurrogate(c); // a half of a pair, alone
  }
}
