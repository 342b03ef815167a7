package com.genuka.privacy.portal.web;

import com.genuka.privacy.platform.control.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and amounts as a French or English reader expects them ("3 mars 2026", "3 March 2026"),
 * instants shown in the deployment's time zone. Used in pages as {@code #{fmt.date(x)}}.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject LocaleBacking locale;

  @Inject PortalClock clock;

  /** A country by its name in the page's language: ours where we have one, else Java's, else the code. */
  public String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    java.util.Locale l = locale.getLocale();
    String key = "country." + code;
    String named = Messages.text(l, key);
    if (!named.equals(key) && !named.startsWith("???")) {
      return named;
    }
    String name = new java.util.Locale("", code).getDisplayCountry(l);
    return name == null || name.isBlank() ? code : name;
  }

  /** A device in the reader's words: "Edge 129.0 sur Android 14", "Edge 129.0 on Android 14". */
  public String device(String browser, String platform) {
    if (browser == null || browser.isBlank() || platform == null || platform.isBlank()) {
      return browser == null || browser.isBlank() ? (platform == null ? "" : platform) : browser;
    }
    return Messages.text(locale.getLocale(), "mydata.c3.deviceOn", browser, platform);
  }

  /** A session's stored device description ("Edge 129.0 / Android 14") in the reader's words. */
  public String deviceOf(String described) {
    String[] parts = com.genuka.privacy.browsing.control.UserAgents.parts(described);
    return device(parts[0], parts[1]);
  }

  public String date(Object value) {
    LocalDate date = value instanceof Instant i ? LocalDate.ofInstant(i, clock.zone())
        : value instanceof LocalDate d ? d : null;
    return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
  }

  public String dateTime(Instant instant) {
    return dateTime(instant, locale.isFrench(), clock.zone());
  }

  /** "3 mars 2026 à 09:00", "3 March 2026 at 09:00", outside a page too (the REST API). */
  public static String dateTime(Instant instant, boolean french, java.time.ZoneId zone) {
    if (instant == null) {
      return "";
    }
    String pattern = french ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy 'at' HH:mm";
    return instant.atZone(zone).format(DateTimeFormatter.ofPattern(pattern, french ? Locale.FRANCE : Locale.UK));
  }

  /** An ISO date for the {@code datetime} attribute of {@code <time>}. */
  public String iso(Object value) {
    if (value instanceof Instant i) {
      return i.toString();
    }
    return value == null ? "" : value.toString();
  }

  public String money(long minorUnits, String currency) {
    java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(locale());
    f.setCurrency(java.util.Currency.getInstance(currency));
    return f.format(minorUnits / 100.0);
  }

  /**
   * A number as the reader writes it: "6", "6,5" and "12 345" in French, "6", "6.5" and "12,345" in
   * English; at most one decimal, none when it is zero. Empty for no value.
   */
  public String number(Number value) {
    return number(value, locale.isFrench());
  }

  /** A percentage of 0–100: "83 %" in French (with a no-break space), "83%" in English. */
  public String percent(Number value) {
    return value == null ? "" : number(value) + (locale.isFrench() ? "\u00a0%" : "%");
  }

  public static String number(Number value, boolean french) {
    if (value == null) {
      return "";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(french ? Locale.FRANCE : Locale.UK);
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(0);
    // the no-break space groups thousands in French, whatever the JDK's CLDR data prefers
    return french ? f.format(value).replace('\u202f', '\u00a0') : f.format(value);
  }

  /** British conventions for English ("3 May 2026"): the policy is European. */
  private Locale locale() {
    return locale.isFrench() ? Locale.FRANCE : Locale.UK;
  }
}
