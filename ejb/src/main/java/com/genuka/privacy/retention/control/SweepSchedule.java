package com.genuka.privacy.retention.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a sweep runs: every day at a fixed local time. Decides whether a run was missed (the server
 * was down at that time) and how many: whatever the number, the sweep catches up once, since one
 * run on the current day deletes everything every missed run would have.
 *
 * @param minute sweeps are spread a few minutes apart so that they do not all start at once
 */
public record SweepSchedule(int hour, int minute, ZoneId zone) {

  /** How many missed runs are counted at most (the figure is shown, never acted on one by one). */
  static final int MISSED_CAP = 10_000;

  public SweepSchedule {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("no such time of day: " + hour + ":" + minute);
    }
  }

  private ZonedDateTime on(LocalDate day) {
    return ZonedDateTime.of(day, LocalTime.of(hour, minute), zone);
  }

  /** The latest scheduled time at or before {@code now}. */
  public Instant lastOccurrence(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, zone);
    ZonedDateTime at = on(day);
    return (at.toInstant().isAfter(now) ? on(day.minusDays(1)) : at).toInstant();
  }

  /** The first scheduled time after {@code now}. */
  public Instant nextOccurrence(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, zone);
    ZonedDateTime at = on(day);
    return (at.toInstant().isAfter(now) ? at : on(day.plusDays(1))).toInstant();
  }

  /** The scheduled times after {@code since} and up to {@code now}: the runs that did not happen. */
  public int occurrencesBetween(Instant since, Instant now) {
    int count = 0;
    for (Instant at = nextOccurrence(since); !at.isAfter(now) && count < MISSED_CAP; at = nextOccurrence(at)) {
      count++;
    }
    return count;
  }

  /**
   * Whether a sweep that has run before missed its last scheduled time: nothing has run since.
   */
  public boolean missed(Instant lastSuccessfulStart, Instant now) {
    return lastSuccessfulStart != null && lastSuccessfulStart.isBefore(lastOccurrence(now));
  }

  /**
   * Whether the catch-up at start-up must run the sweep: it has never run to its end (a first
   * start, a sweep new in this version: until it runs, data past its deletion day would be kept
   * until the next scheduled time), or it missed its last scheduled time.
   */
  public boolean dueAtStart(boolean everSucceeded, Instant lastSuccessfulStart, Instant now) {
    return !everSucceeded || missed(lastSuccessfulStart, now);
  }

  /** Whether a scheduled tick must run: nothing has run since the last scheduled time. */
  public boolean dueAtTick(Instant lastSuccessfulStart, Instant now) {
    return lastSuccessfulStart == null || lastSuccessfulStart.isBefore(lastOccurrence(now));
  }
}
