package com.genuka.privacy.retention.entity;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Units of a retention period, counted on the calendar (a month is a calendar month). */
public enum PeriodUnit {
  DAYS,
  MONTHS,
  YEARS;

  public ZonedDateTime plus(ZonedDateTime start, int amount) {
    return switch (this) {
      case DAYS -> start.plusDays(amount);
      case MONTHS -> start.plusMonths(amount);
      case YEARS -> start.plusYears(amount);
    };
  }

  public ZonedDateTime minus(ZonedDateTime end, int amount) {
    return switch (this) {
      case DAYS -> end.minusDays(amount);
      case MONTHS -> end.minusMonths(amount);
      case YEARS -> end.minusYears(amount);
    };
  }

  public LocalDate plus(LocalDate start, int amount) {
    return switch (this) {
      case DAYS -> start.plusDays(amount);
      case MONTHS -> start.plusMonths(amount);
      case YEARS -> start.plusYears(amount);
    };
  }
}
