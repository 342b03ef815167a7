package com.genuka.privacy.requests.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * GDPR art. 12(3): an answer is due one month after receipt, which may be extended once by two
 * further months. Months are calendar months counted in the deployment's time zone; a day that
 * does not exist in the target month falls back to its last day (31 January → 28 or 29 February).
 */
public final class DueDates {

  public static final int MAX_EXTENSION_MONTHS = 2;

  private DueDates() {}

  public static LocalDate dueDate(Instant receivedAt, ZoneId zone) {
    return receivedAt.atZone(zone).toLocalDate().plusMonths(1);
  }

  /** The latest due date an extension may set: two months after the original due date. */
  public static LocalDate latestExtendedDueDate(LocalDate originalDueDate) {
    return originalDueDate.plusMonths(MAX_EXTENSION_MONTHS);
  }

  /** Days left until the due date (negative once it has passed). */
  public static long daysLeft(LocalDate dueDate, LocalDate today) {
    return ChronoUnit.DAYS.between(today, dueDate);
  }
}
