package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CandidateRetentionTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  private static Candidate candidate(CandidateState state, String lastContact) {
    Candidate c = new Candidate("ref", "Nadia Benali", "nadia@example.org", "Java developer", "fr",
        Instant.parse(lastContact));
    c.setState(state);
    return c;
  }

  @Test
  void notHiredIsDeletedThreeYearsAfterTheLastContact() {
    Candidate c = candidate(CandidateState.REJECTED, "2024-02-29T09:00:00Z");
    assertEquals(LocalDate.parse("2027-02-28"), CandidateRetention.deletionDate(c, PARIS, 3, PeriodUnit.YEARS, null, TODAY));
  }

  @Test
  void anObjectionMeansToday() {
    Candidate c = candidate(CandidateState.REJECTED, "2026-10-01T09:00:00Z");
    c.setObjectedToRetention(true);
    assertEquals(TODAY, CandidateRetention.deletionDate(c, PARIS, 3, PeriodUnit.YEARS, null, TODAY));
  }

  @Test
  void hiredIsKeptForTheContractThenTheCountrysPeriod() {
    Candidate c = candidate(CandidateState.HIRED, "2020-01-10T09:00:00Z");
    assertNull(CandidateRetention.deletionDate(c, PARIS, 3, PeriodUnit.YEARS, 5, TODAY), "while the contract runs");
    c.setContractEnd(LocalDate.parse("2025-06-30"));
    assertEquals(LocalDate.parse("2030-06-30"), CandidateRetention.deletionDate(c, PARIS, 3, PeriodUnit.YEARS, 5, TODAY));
  }

  @Test
  void findsTheLatestStartAcrossLeapDays() {
    // 2024-02-29 + 3 years = 2027-02-28: a horizon of 2027-02-28 already covers it.
    assertEquals(LocalDate.parse("2024-02-29"),
        CandidateRetention.latestStartDeletedBy(LocalDate.parse("2027-02-28"), 3, PeriodUnit.YEARS));
    assertEquals(LocalDate.parse("2024-02-27"),
        CandidateRetention.latestStartDeletedBy(LocalDate.parse("2027-02-27"), 3, PeriodUnit.YEARS));
    assertEquals(LocalDate.parse("2024-03-01"),
        CandidateRetention.latestStartDeletedBy(LocalDate.parse("2027-03-01"), 3, PeriodUnit.YEARS));
    // 2028 is a leap year: 2025-02-28 + 3 years is 2028-02-28, and nothing starts on 2025-02-29.
    assertEquals(LocalDate.parse("2025-02-28"),
        CandidateRetention.latestStartDeletedBy(LocalDate.parse("2028-02-29"), 3, PeriodUnit.YEARS));
    // Month ends: 31 January + 1 month = 28 February, so 28 February covers 29..31 January.
    assertEquals(LocalDate.parse("2026-01-31"),
        CandidateRetention.latestStartDeletedBy(LocalDate.parse("2026-02-28"), 1, PeriodUnit.MONTHS));
  }

  @Test
  void theLatestStartAgreesWithTheDeletionDateOnEveryDayOfFourYears() {
    LocalDate first = LocalDate.parse("2023-01-01");
    for (LocalDate horizon = first; horizon.isBefore(first.plusYears(4)); horizon = horizon.plusDays(1)) {
      LocalDate latest = CandidateRetention.latestStartDeletedBy(horizon, 3, PeriodUnit.YEARS);
      assertTrue(!latest.plusYears(3).isAfter(horizon), horizon.toString());
      assertTrue(latest.plusDays(1).plusYears(3).isAfter(horizon), horizon.toString());
    }
  }

  @Test
  void theCutoffIsTheStartOfTheNextDayInTheDeploymentsZone() {
    assertEquals(Instant.parse("2024-02-29T23:00:00Z"),
        CandidateRetention.lastContactCutoff(LocalDate.parse("2027-02-28"), 3, PeriodUnit.YEARS, PARIS));
    Candidate lateEvening = candidate(CandidateState.REJECTED, "2024-02-29T22:59:59Z");
    assertEquals(LocalDate.parse("2027-02-28"),
        CandidateRetention.deletionDate(lateEvening, PARIS, 3, PeriodUnit.YEARS, null, TODAY));
    Candidate afterMidnightInParis = candidate(CandidateState.REJECTED, "2024-02-29T23:00:00Z");
    assertEquals(LocalDate.parse("2027-03-01"),
        CandidateRetention.deletionDate(afterMidnightInParis, PARIS, 3, PeriodUnit.YEARS, null, TODAY));
  }
}
