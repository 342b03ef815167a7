package com.genuka.privacy.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.genuka.privacy.requests.entity.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ParameterizedTest(name = "received {0} → due {1}")
  @CsvSource({
    "2026-01-31T10:00:00Z, 2026-02-28",
    "2028-01-31T10:00:00Z, 2028-02-29",
    "2026-03-31T08:00:00Z, 2026-04-30",
    "2026-01-15T12:00:00Z, 2026-02-15",
    "2026-12-31T12:00:00Z, 2027-01-31",
    // 23:30 UTC on 31 January is already 1 February in Paris
    "2026-01-31T23:30:00Z, 2026-03-01",
  })
  void oneCalendarMonthInTheDeploymentsTimeZone(String received, String due) {
    assertEquals(LocalDate.parse(due), DueDates.dueDate(Instant.parse(received), PARIS));
  }

  @Test
  void anExtensionAddsAtMostTwoMonths() {
    assertEquals(LocalDate.parse("2026-04-28"), DueDates.latestExtendedDueDate(LocalDate.parse("2026-02-28")));
    assertEquals(LocalDate.parse("2026-02-28"), DueDates.latestExtendedDueDate(LocalDate.parse("2025-12-31")).minusDays(0));
  }

  @Test
  void daysLeftTurnNegativeOncePastDue() {
    assertEquals(3, DueDates.daysLeft(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-01")));
    assertEquals(0, DueDates.daysLeft(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")));
    assertEquals(-2, DueDates.daysLeft(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-03")));
  }

  @Test
  void theStateMachineAllowsOnlyTheWorkflowsMoves() {
    assertEquals(true, RequestStatus.SUBMITTED.canMoveTo(RequestStatus.IDENTITY_PENDING));
    assertEquals(false, RequestStatus.IDENTITY_PENDING.canMoveTo(RequestStatus.IN_PROGRESS));
    assertEquals(false, RequestStatus.COMPLETED.canMoveTo(RequestStatus.CANCELLED));
    assertEquals(false, RequestStatus.IN_PROGRESS.cancellableBySubject());
    assertEquals(true, RequestStatus.VERIFIED.cancellableBySubject());
    for (RequestStatus terminal : new RequestStatus[] {RequestStatus.COMPLETED, RequestStatus.REJECTED, RequestStatus.CANCELLED}) {
      assertEquals(0, terminal.next().size(), terminal + " is final");
    }
  }
}
