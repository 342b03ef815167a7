package com.genuka.privacy.platform.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy promises that card data is never stored (R-C1). Any free text or field a person
 * types is checked: a run of 13 to 19 digits, possibly broken by spaces or dashes, that passes the
 * Luhn check is taken for a payment card number and refused.
 */
public final class CardNumbers {

  /**
   * A whole run of 13 to 19 digits with optional single spaces or dashes between them: a longer
   * run (an IBAN's digits, a tracking number) is not a card number.
   */
  private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(?<!\\d[ -])\\d(?:[ -]?\\d){12,18}(?![ -]?\\d)");

  private CardNumbers() {}

  public static boolean containsCardNumber(String text) {
    if (text == null || text.length() < 13) {
      return false;
    }
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (luhn(m.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    return false;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Throws the user-facing refusal when {@code text} holds a card number. */
  public static void refuse(String text, String fieldKey) {
    if (containsCardNumber(text)) {
      throw new UserFacingException("error.cardNumber", fieldKey);
    }
  }
}
