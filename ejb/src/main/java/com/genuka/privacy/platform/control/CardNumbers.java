package com.genuka.privacy.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-C1: no field, log, note or upload may hold a payment card number. A card number is 13 to 19
 * digits that pass the Luhn check, written with or without single spaces or dashes between groups.
 * Digits are read in groups so that a card followed by an expiry date ("4111 1111 1111 1111 12/27")
 * is still caught, while a 20-digit reference written in one piece is not taken for a card.
 */
public final class CardNumbers {

  public static final int MIN_DIGITS = 13;
  public static final int MAX_DIGITS = 19;

  /** Runs of digit groups joined by one space or one dash (also non-breaking spaces). */
  private static final Pattern RUN = Pattern.compile("\\d+(?:[ \\u00A0\\-]\\d+)*");
  private static final Pattern SEPARATOR = Pattern.compile("[ \\u00A0\\-]");

  private CardNumbers() {}

  /** Whether {@code text} holds something that is, or may well be, a payment card number. */
  public static boolean containsCardNumber(String text) {
    if (text == null || text.length() < MIN_DIGITS) {
      return false;
    }
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (runHoldsCard(SEPARATOR.split(m.group()))) {
        return true;
      }
    }
    return false;
  }

  /** Any sequence of consecutive groups whose digits, together, make a Luhn-valid 13–19 digits. */
  private static boolean runHoldsCard(String[] groups) {
    for (int start = 0; start < groups.length; start++) {
      StringBuilder digits = new StringBuilder();
      for (int end = start; end < groups.length; end++) {
        digits.append(groups[end]);
        if (digits.length() > MAX_DIGITS) {
          break;
        }
        if (digits.length() >= MIN_DIGITS && luhn(digits)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Luhn (mod 10) check every payment card number passes. */
  public static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return digits.length() > 0 && sum % 10 == 0;
  }

  /** Names of the fields, among {@code namesAndValues} (name, value, name, value…), that hold a card. */
  public static List<String> fieldsHoldingCards(String... namesAndValues) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (containsCardNumber(namesAndValues[i + 1])) {
        found.add(namesAndValues[i]);
      }
    }
    return found;
  }
}
