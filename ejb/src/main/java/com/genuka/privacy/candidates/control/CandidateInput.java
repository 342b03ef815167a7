package com.genuka.privacy.candidates.control;

import com.genuka.privacy.platform.control.CardNumbers;
import com.genuka.privacy.platform.control.UserFacingException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for what HR or a candidate types about a candidate. Every value is trimmed, bounded
 * and refused if it holds a card number (R-C1); an error names the field in the user's language.
 */
public final class CandidateInput {

  public static final int MAX_NOTES = 4000;
  public static final int MAX_LETTER = 20000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().-]{4,30}$");
  private static final Pattern ID_NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 /.-]{2,49}$");
  private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");

  private CandidateInput() {}

  public static String name(String value) {
    return required(value, 200, "field.candidate.fullName");
  }

  public static String position(String value) {
    return required(value, 200, "field.candidate.position");
  }

  public static String email(String value) {
    String e = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
      throw new UserFacingException("candidate.emailInvalid");
    }
    return e;
  }

  public static String phone(String value) {
    String p = optional(value, 32, "field.candidate.phone");
    if (p != null && !PHONE.matcher(p).matches()) {
      throw new UserFacingException("candidate.phoneInvalid");
    }
    return p;
  }

  public static String locale(String value) {
    return "en".equals(value) ? "en" : "fr";
  }

  public static String text(String value, int max, String fieldKey) {
    return optional(value, max, fieldKey);
  }

  /** The day an application arrived: not in the future, and not so old that it is already due. */
  public static LocalDate appliedOn(LocalDate value, LocalDate today) {
    if (value == null) {
      return today;
    }
    if (value.isAfter(today) || value.isBefore(today.minusYears(1))) {
      throw new UserFacingException("candidate.appliedOnRange");
    }
    return value;
  }

  public static String address(String value) {
    return optional(value, 500, "field.candidate.homeAddress");
  }

  public static LocalDate dateOfBirth(LocalDate value, LocalDate today) {
    if (value != null && (value.isAfter(today.minusYears(14)) || value.isBefore(today.minusYears(100)))) {
      throw new UserFacingException("candidate.dateOfBirthRange");
    }
    return value;
  }

  public static String idNumber(String value) {
    String v = optional(value, 50, "field.candidate.idDocumentNumber");
    if (v != null && !ID_NUMBER.matcher(v).matches()) {
      throw new UserFacingException("candidate.idNumberInvalid");
    }
    return v;
  }

  /** An IBAN without spaces, in capitals, that passes the ISO 13616 mod-97 check. */
  public static String iban(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!IBAN.matcher(v).matches() || !ibanChecksumValid(v)) {
      throw new UserFacingException("candidate.ibanInvalid");
    }
    return v;
  }

  static boolean ibanChecksumValid(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder(moved.length() * 2);
    for (char c : moved.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** "FR76 •••• 0189": enough for the candidate to recognise it, too little to be of use to anyone else. */
  public static String maskIban(String iban) {
    if (iban == null || iban.length() < 8) {
      return iban;
    }
    return iban.substring(0, 4) + " •••• " + iban.substring(iban.length() - 4);
  }

  public static String maskId(String id) {
    if (id == null || id.length() < 4) {
      return id == null ? null : "••••";
    }
    return "•••• " + id.substring(id.length() - 3);
  }

  private static String required(String value, int max, String fieldKey) {
    String v = optional(value, max, fieldKey);
    if (v == null) {
      throw new UserFacingException("candidate.required", fieldKey);
    }
    return v;
  }

  private static String optional(String value, int max, String fieldKey) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      throw new UserFacingException("candidate.tooLong", fieldKey, max);
    }
    CardNumbers.refuse(v, fieldKey);
    return v.isEmpty() ? null : v;
  }
}
