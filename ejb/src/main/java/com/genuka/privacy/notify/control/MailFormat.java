package com.genuka.privacy.notify.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the recipient reads them: "3 mars 2026", "3 May 2026". */
public final class MailFormat {

  private MailFormat() {}

  public static String date(LocalDate date, String language) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)));
  }

  public static String date(Instant instant, ZoneId zone, String language) {
    return date(LocalDate.ofInstant(instant, zone), language);
  }

  public static Locale locale(String language) {
    return "en".equals(language) ? Locale.UK : Locale.FRANCE;
  }
}
