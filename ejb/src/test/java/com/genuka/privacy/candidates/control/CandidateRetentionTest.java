package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
