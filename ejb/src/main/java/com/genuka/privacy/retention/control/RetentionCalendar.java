package com.genuka.privacy.retention.control;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deletion days on the calendar of the deployment's time zone. Data whose clock starts on day S
 * under a period P is deleted on day S + P (a month is a calendar month: a recording of 31 January
 * kept one month goes on 28 or 29 February), never a day earlier, never a day later. The sweep that
 * runs on day D therefore deletes exactly what started on or before the last day whose deletion
 * day is D or earlier.
 */
public final class RetentionCalendar {

  private RetentionCalendar() {}

  public static LocalDate deletionDay(LocalDate start, int amount, PeriodUnit unit) {
    return unit.plus(start, amount);
  }

  public static LocalDate deletionDay(Instant start, int amount, PeriodUnit unit, ZoneId zone) {
    return deletionDay(LocalDate.ofInstant(start, zone), amount, unit);
  }

  /**
   * The last start day whose deletion day has come by {@code today}. Month and year arithmetic is
   * not invertible at month ends (31 January, 30 January and 29 January all reach 28 February), so
   * the day is found forwards from the plain subtraction, which never overshoots.
   */
  public static LocalDate lastDeletableStart(LocalDate today, int amount, PeriodUnit unit) {
    LocalDate start = switch (unit) {
      case DAYS -> today.minusDays(amount);
      case MONTHS -> today.minusMonths(amount);
      case YEARS -> today.minusYears(amount);
    };
    while (!deletionDay(start.plusDays(1), amount, unit).isAfter(today)) {
      start = start.plusDays(1);
    }
    return start;
  }

  /** Data that started before this instant is due on {@code today}; data from it on is not. */
  public static Instant cutoff(LocalDate today, int amount, PeriodUnit unit, ZoneId zone) {
    return lastDeletableStart(today, amount, unit).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
