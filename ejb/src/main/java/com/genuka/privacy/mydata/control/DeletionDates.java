package com.genuka.privacy.mydata.control;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day each piece of time-limited data is deleted, from the retention rules (never a period
 * written here): the period is counted on the calendar in the deployment's time zone from the day
 * the data was made, so that "a visit of 3 March 2026" kept 12 months "is deleted on 3 March 2027".
 * The sweeps remove it that day. What is deleted stays in the backups for the backup period after
 * that (R-T7).
 */
public final class DeletionDates {

  private DeletionDates() {}

  /** A retention period as the rules hold it; {@code null} amount means no fixed period. */
  public record Period(Integer amount, PeriodUnit unit) {

    public boolean fixed() {
      return amount != null && unit != null;
    }
  }

  /** The day data made at {@code start} is deleted, or null when the period is not fixed. */
  public static LocalDate deletionDay(Instant start, Period period, ZoneId zone) {
    if (start == null || !period.fixed()) {
      return null;
    }
    return period.unit().plus(start.atZone(zone), period.amount()).toLocalDate();
  }

  public static LocalDate deletionDay(LocalDate start, Period period) {
    if (start == null || !period.fixed()) {
      return null;
    }
    return period.unit().plus(start, period.amount());
  }

  /**
   * R-T4: a server-side session goes after its idle period since the last activity, and never
   * later than its maximum life since it was opened, whichever comes first.
   */
  public static LocalDate sessionDeletionDay(Instant createdAt, Instant lastActivityAt, Period idle,
      Period max, ZoneId zone) {
    LocalDate byIdle = deletionDay(lastActivityAt, idle, zone);
    LocalDate byMax = deletionDay(createdAt, max, zone);
    if (byIdle == null) {
      return byMax;
    }
    return byMax == null || byIdle.isBefore(byMax) ? byIdle : byMax;
  }

  /**
   * Whether data whose deletion day is {@code deletedOn} is past it on {@code today}: the sweeps
   * delete on that day, so such data is only waiting for them and is shown as "being deleted",
   * never as kept.
   */
  public static boolean due(LocalDate deletedOn, LocalDate today) {
    return deletedOn != null && !deletedOn.isAfter(today);
  }

  /** R-T7: the last day a copy may remain in the backups once the data is deleted on {@code deletedOn}. */
  public static LocalDate leavesBackupsOn(LocalDate deletedOn, Period backup) {
    return deletedOn == null ? null : deletionDay(deletedOn, backup);
  }
}
