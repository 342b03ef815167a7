package com.genuka.privacy.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionCalendarTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void aVisitIsDeletedOnTheSameDayTwelveMonthsLater() {
    assertEquals(LocalDate.of(2027, 3, 3), RetentionCalendar.deletionDay(LocalDate.of(2026, 3, 3), 12, PeriodUnit.MONTHS));
  }

  @ParameterizedTest(name = "{1} {2} before {0}: last start {3}")
  @CsvSource({
    // a month from the 29th, 30th and 31st of January all end on the last day of February
    "2026-02-28, 1, MONTHS, 2026-01-31",
    "2028-02-29, 1, MONTHS, 2028-01-31",
    "2028-02-28, 1, MONTHS, 2028-01-28",
    "2026-03-31, 1, MONTHS, 2026-02-28",
    "2026-03-28, 1, MONTHS, 2026-02-28",
    "2026-03-27, 1, MONTHS, 2026-02-27",
    // a year from 29 February ends on 28 February
    "2029-02-28, 1, YEARS, 2028-02-29",
    "2027-11-26, 12, MONTHS, 2026-11-26",
    "2026-11-26, 7, DAYS, 2026-11-19",
    "2029-11-26, 3, YEARS, 2026-11-26",
  })
  void theLastDeletableStartIsTheLatestWhosePeriodHasEnded(LocalDate today, int amount, PeriodUnit unit, LocalDate last) {
    LocalDate found = RetentionCalendar.lastDeletableStart(today, amount, unit);
    assertEquals(last, found);
    assertFalse(RetentionCalendar.deletionDay(found, amount, unit).isAfter(today), "due by today");
    assertTrue(RetentionCalendar.deletionDay(found.plusDays(1), amount, unit).isAfter(today), "the next day is not");
  }

  @Test
  void everyStartIsDeletedOnItsDeletionDayNeitherBeforeNorAfter() {
    for (PeriodUnit unit : PeriodUnit.values()) {
      for (int amount : new int[] {1, 3, 7, 12}) {
        for (LocalDate start = LocalDate.of(2027, 12, 1); start.isBefore(LocalDate.of(2028, 4, 1)); start = start.plusDays(1)) {
          LocalDate day = RetentionCalendar.deletionDay(start, amount, unit);
          assertTrue(!start.isAfter(RetentionCalendar.lastDeletableStart(day, amount, unit)), start + " due on " + day);
          assertTrue(start.isAfter(RetentionCalendar.lastDeletableStart(day.minusDays(1), amount, unit)),
              start + " not due the day before " + day);
        }
      }
    }
  }

  @Test
  void theCutoffIsMidnightInTheDeploymentsZone() {
    // On 26 November 2027, a 12-month rule deletes what was made up to 26 November 2026 included,
    // that is before midnight of 27 November in Paris (23:00 UTC on the 26th).
    assertEquals(Instant.parse("2026-11-26T23:00:00Z"),
        RetentionCalendar.cutoff(LocalDate.of(2027, 11, 26), 12, PeriodUnit.MONTHS, PARIS));
    assertEquals(Instant.parse("2026-06-26T22:00:00Z"),
        RetentionCalendar.cutoff(LocalDate.of(2027, 6, 26), 12, PeriodUnit.MONTHS, PARIS), "summer time");
  }
}
