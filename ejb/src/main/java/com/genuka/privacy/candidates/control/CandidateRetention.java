package com.genuka.privacy.candidates.control;

import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a candidate's data is deleted. Not hired (R-T1): the retention period after the last
 * contact, or at once if they objected. Hired (R-T2): the end of the contract plus the statutory
 * period of the country of employment; while the contract runs there is no date.
 */
public final class CandidateRetention {

  private CandidateRetention() {}

  /**
   * @param notHiredAmount and {@code notHiredUnit}: the R-T1 period (3 years by the policy)
   * @param employmentYears the R-T2 statutory period of the candidate's country, or null if unknown
   * @return the day the data is deleted, or null while a contract runs
   */
  public static LocalDate deletionDate(Candidate c, ZoneId zone, int notHiredAmount,
      PeriodUnit notHiredUnit, Integer employmentYears, LocalDate today) {
    if (c.getState() == CandidateState.HIRED) {
      if (c.getContractEnd() == null || employmentYears == null) {
        return null;
      }
      return c.getContractEnd().plusYears(employmentYears);
    }
    if (c.isObjectedToRetention()) {
      return today;
    }
    return notHiredUnit.plus(c.getLastContactAt().atZone(zone).toLocalDate(), notHiredAmount);
  }

  /**
   * The latest start day whose period ends on or before {@code horizon}: every start up to it is
   * deleted by then. Calendar arithmetic does not invert cleanly (29 February plus three years is
   * 28 February), so the answer is found by stepping forward from the naive one.
   */
  public static LocalDate latestStartDeletedBy(LocalDate horizon, int amount, PeriodUnit unit) {
    LocalDate start = switch (unit) {
      case DAYS -> horizon.minusDays(amount);
      case MONTHS -> horizon.minusMonths(amount);
      case YEARS -> horizon.minusYears(amount);
    };
    while (!unit.plus(start.plusDays(1), amount).isAfter(horizon)) {
      start = start.plusDays(1);
    }
    while (unit.plus(start, amount).isAfter(horizon)) {
      start = start.minusDays(1);
    }
    return start;
  }

  /**
   * For R-T1 in a query: a candidate not hired is deleted on or before {@code horizon} exactly when
   * their last contact is before this instant (the start, in {@code zone}, of the day after the
   * latest such last-contact day).
   */
  public static Instant lastContactCutoff(LocalDate horizon, int amount, PeriodUnit unit, ZoneId zone) {
    return latestStartDeletedBy(horizon, amount, unit).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
