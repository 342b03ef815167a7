package com.genuka.privacy.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SweepScheduleTest {

  private final SweepSchedule at0310 = new SweepSchedule(3, 10, ZoneId.of("Europe/Paris"));

  @Test
  void theLastAndNextTimesAreInTheDeploymentsZone() {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");
    assertEquals(Instant.parse("2026-11-26T02:10:00Z"), at0310.lastOccurrence(now));
    assertEquals(Instant.parse("2026-11-27T02:10:00Z"), at0310.nextOccurrence(now));
    Instant early = Instant.parse("2026-11-26T01:00:00Z");
    assertEquals(Instant.parse("2026-11-25T02:10:00Z"), at0310.lastOccurrence(early));
    assertEquals(Instant.parse("2026-11-26T02:10:00Z"), at0310.nextOccurrence(early));
    assertEquals(Instant.parse("2026-07-01T01:10:00Z"), at0310.nextOccurrence(Instant.parse("2026-06-30T12:00:00Z")),
        "summer time");
  }

  @Test
  void aServerDownForFiveDaysMissedFiveRunsAndCatchesUpOnce() {
    Instant lastRun = Instant.parse("2026-11-21T02:10:03Z");
    Instant restart = Instant.parse("2026-11-26T09:00:00Z");
    assertEquals(5, at0310.occurrencesBetween(lastRun, restart));
    assertTrue(at0310.missed(lastRun, restart));
    // the catch-up itself is a run since the scheduled time: a second start the same day runs nothing
    assertFalse(at0310.missed(Instant.parse("2026-11-26T09:00:20Z"), Instant.parse("2026-11-26T10:00:00Z")));
  }

  @Test
  void aSweepThatNeverRanMissedNothingButRunsAtStartRatherThanWaitForItsFirstScheduledTime() {
    Instant start = Instant.parse("2026-11-26T09:00:00Z");
    assertFalse(at0310.missed(null, start));
    assertTrue(at0310.dueAtStart(false, null, start), "a first start: data past its day goes now, not at 03:10 tomorrow");
    assertTrue(at0310.dueAtTick(null, Instant.parse("2026-11-26T02:10:00Z")));
    // Once it has run, a start runs it again only if it missed its time.
    assertFalse(at0310.dueAtStart(true, Instant.parse("2026-11-26T09:00:20Z"), Instant.parse("2026-11-26T10:00:00Z")));
    assertTrue(at0310.dueAtStart(true, Instant.parse("2026-11-21T02:10:03Z"), start));
  }

  @Test
  void aRestartBeforeTheScheduledTimeMissedNothing() {
    Instant lastRun = Instant.parse("2026-11-25T02:10:01Z");
    assertFalse(at0310.missed(lastRun, Instant.parse("2026-11-26T01:30:00Z")));
    assertEquals(0, at0310.occurrencesBetween(lastRun, Instant.parse("2026-11-26T01:30:00Z")));
  }

  @Test
  void aTickRunsUnlessARunAlreadyHappenedSinceTheScheduledTime() {
    Instant tick = Instant.parse("2026-11-26T02:10:00.004Z");
    assertTrue(at0310.dueAtTick(Instant.parse("2026-11-25T02:10:02Z"), tick));
    assertFalse(at0310.dueAtTick(Instant.parse("2026-11-26T02:10:00.001Z"), tick), "the catch-up already ran it");
  }

  @Test
  void aTimeOfDayMustExist() {
    assertThrows(IllegalArgumentException.class, () -> new SweepSchedule(24, 0, ZoneId.of("UTC")));
  }
}
