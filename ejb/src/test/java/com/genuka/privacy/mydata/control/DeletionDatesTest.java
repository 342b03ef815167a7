package com.genuka.privacy.mydata.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.genuka.privacy.mydata.control.DeletionDates.Period;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeletionDatesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Period TWELVE_MONTHS = new Period(12, PeriodUnit.MONTHS);

  @Test
  void aVisitIsDeletedOnTheSameDayAYearLater() {
    assertEquals(LocalDate.of(2027, 3, 3),
        DeletionDates.deletionDay(Instant.parse("2026-03-03T10:15:00Z"), TWELVE_MONTHS, PARIS));
  }

  @Test
  void theDayIsTheDeploymentsCalendarDay() {
    // 23:30 UTC on 2 March is already 3 March in Paris.
    assertEquals(LocalDate.of(2027, 3, 3),
        DeletionDates.deletionDay(Instant.parse("2026-03-02T23:30:00Z"), TWELVE_MONTHS, PARIS));
    assertEquals(LocalDate.of(2027, 3, 2),
        DeletionDates.deletionDay(Instant.parse("2026-03-02T23:30:00Z"), TWELVE_MONTHS, ZoneId.of("UTC")));
  }

  @Test
  void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
    assertEquals(LocalDate.of(2026, 2, 28),
        DeletionDates.deletionDay(Instant.parse("2026-01-31T12:00:00Z"), new Period(1, PeriodUnit.MONTHS), PARIS));
    assertEquals(LocalDate.of(2028, 2, 29),
        DeletionDates.deletionDay(LocalDate.of(2028, 1, 31), new Period(1, PeriodUnit.MONTHS)));
  }

  @Test
  void noFixedPeriodMeansNoDate() {
    assertNull(DeletionDates.deletionDay(Instant.now(), new Period(null, null), PARIS));
  }

  @Test
  void aSessionGoesWhicheverComesFirst() {
    Period idle = new Period(7, PeriodUnit.DAYS);
    Period max = new Period(3, PeriodUnit.MONTHS);
    Instant opened = Instant.parse("2026-01-10T08:00:00Z");
    assertEquals(LocalDate.of(2026, 1, 22),
        DeletionDates.sessionDeletionDay(opened, Instant.parse("2026-01-15T09:00:00Z"), idle, max, PARIS));
    assertEquals(LocalDate.of(2026, 4, 10),
        DeletionDates.sessionDeletionDay(opened, Instant.parse("2026-04-08T09:00:00Z"), idle, max, PARIS));
  }

  @Test
  void deletedDataLeavesTheBackupsAfterTheBackupPeriod() {
    assertEquals(LocalDate.of(2028, 3, 3), DeletionDates.leavesBackupsOn(LocalDate.of(2027, 3, 3), TWELVE_MONTHS));
  }

  @Test
  void dataIsBeingDeletedFromItsDeletionDayOn() {
    assertTrue(DeletionDates.due(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3)), "the sweep takes it that day");
    assertTrue(DeletionDates.due(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3)));
    assertFalse(DeletionDates.due(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 3)));
    assertFalse(DeletionDates.due(null, LocalDate.of(2027, 3, 3)), "no fixed day: kept");
  }
}
