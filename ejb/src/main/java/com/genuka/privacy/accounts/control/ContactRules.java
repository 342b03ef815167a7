package com.genuka.privacy.accounts.control;

import com.genuka.privacy.platform.control.CardNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What account and contact data (C1) may look like when a customer corrects it (R-R1): a name, an
 * e-mail address, a phone in international form (E.164, kept without spaces), and a postal address
 * that is either whole or absent (the policy asks for it only for an invoice or a delivery). No
 * field may hold a payment card number (R-C1). Values are trimmed; blank optional values become null.
 */
public final class ContactRules {

  /** Field names, as the form and the messages name them. */
  public static final String NAME = "fullName";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String LINE1 = "addressLine1";
  public static final String LINE2 = "addressLine2";
  public static final String POSTAL_CODE = "postalCode";
  public static final String CITY = "city";
  public static final String COUNTRY = "country";

  private static final Pattern EMAIL_SHAPE = Pattern.compile(
      "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
  /** What people type between the digits of a phone number. */
  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.\\-()\\u00A0]");
  private static final Pattern POSTAL = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 \\-]{0,18}[A-Za-z0-9]$|^[A-Za-z0-9]$");
  private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  private ContactRules() {}

  /** Contact data as typed, or as cleaned by {@link #clean}. */
  public record Contact(String fullName, String email, String phone, String addressLine1,
      String addressLine2, String postalCode, String city, String country) {

    public boolean hasAddress() {
      return addressLine1 != null || addressLine2 != null || postalCode != null || city != null || country != null;
    }
  }

  /** A field that cannot be saved as typed, with the message key that says why. */
  public record Problem(String field, String messageKey) {}

  /** Trims, turns blanks into null, writes the phone without spaces and the e-mail and country canonically. */
  public static Contact clean(Contact c) {
    String phone = blankToNull(c.phone());
    if (phone != null) {
      phone = PHONE_PUNCTUATION.matcher(phone).replaceAll("");
      if (phone.startsWith("00")) {
        phone = "+" + phone.substring(2);
      }
    }
    String email = blankToNull(c.email());
    String country = blankToNull(c.country());
    return new Contact(collapse(c.fullName()), email == null ? null : email.toLowerCase(Locale.ROOT), phone,
        collapse(c.addressLine1()), collapse(c.addressLine2()), collapse(c.postalCode()), collapse(c.city()),
        country == null ? null : country.toUpperCase(Locale.ROOT));
  }

  /** Every problem of a cleaned contact, in the order of the form's fields. */
  public static List<Problem> check(Contact raw, Contact c) {
    List<Problem> problems = new ArrayList<>();
    // R-C1 first, on what was typed, before any other rule could hide it.
    String[][] typed = {{NAME, raw.fullName()}, {EMAIL, raw.email()}, {PHONE, raw.phone()}, {LINE1, raw.addressLine1()},
        {LINE2, raw.addressLine2()}, {POSTAL_CODE, raw.postalCode()}, {CITY, raw.city()}, {COUNTRY, raw.country()}};
    for (String[] field : typed) {
      if (CardNumbers.containsCardNumber(field[1])) {
        problems.add(new Problem(field[0], "contact.error.cardNumber"));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (c.fullName() == null) {
      problems.add(new Problem(NAME, "contact.error.required"));
    } else if (c.fullName().length() > 200 || c.fullName().length() < 2) {
      problems.add(new Problem(NAME, "contact.error.nameLength"));
    }
    if (c.email() == null) {
      problems.add(new Problem(EMAIL, "contact.error.required"));
    } else if (c.email().length() > 254 || !EMAIL_SHAPE.matcher(c.email()).matches()) {
      problems.add(new Problem(EMAIL, "contact.error.email"));
    }
    if (c.phone() != null && !E164.matcher(c.phone()).matches()) {
      problems.add(new Problem(PHONE, "contact.error.phone"));
    }
    if (c.hasAddress()) {
      if (c.addressLine1() == null) {
        problems.add(new Problem(LINE1, "contact.error.addressIncomplete"));
      } else if (c.addressLine1().length() > 200) {
        problems.add(new Problem(LINE1, "contact.error.tooLong"));
      }
      if (c.addressLine2() != null && c.addressLine2().length() > 200) {
        problems.add(new Problem(LINE2, "contact.error.tooLong"));
      }
      if (c.postalCode() != null && !POSTAL.matcher(c.postalCode()).matches()) {
        problems.add(new Problem(POSTAL_CODE, "contact.error.postalCode"));
      }
      if (c.city() == null) {
        problems.add(new Problem(CITY, "contact.error.addressIncomplete"));
      } else if (c.city().length() > 100) {
        problems.add(new Problem(CITY, "contact.error.tooLong"));
      }
      if (c.country() == null) {
        problems.add(new Problem(COUNTRY, "contact.error.addressIncomplete"));
      } else if (!COUNTRIES.contains(c.country())) {
        problems.add(new Problem(COUNTRY, "contact.error.country"));
      }
    }
    return problems;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Trims and collapses runs of white space: "  Jean   Kamga " is "Jean Kamga". */
  private static String collapse(String s) {
    String t = blankToNull(s);
    return t == null ? null : t.replaceAll("\\s+", " ");
  }
}
