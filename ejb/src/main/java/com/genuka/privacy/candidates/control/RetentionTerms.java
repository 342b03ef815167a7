package com.genuka.privacy.candidates.control;

import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The retention periods that apply to candidates today, as read from the rules (R-T1) and the
 * statutory periods by country (R-T2): no period is written in code. A plain value, so that the
 * dates it gives can be checked without a server.
 *
 * @param amount and {@code unit}: the R-T1 period after the last contact
 * @param employmentYears years to keep a hired person's file after the contract, by country
 */
public record RetentionTerms(int amount, PeriodUnit unit, Map<String, Integer> employmentYears,
    LocalDate today, ZoneId zone) {

  /** Why a candidate's data goes on its date. */
  public enum Basis {
    /** Objected to being kept (R-T1, « sauf si vous nous demandez de ne pas le faire »). */
    OBJECTION,
    /** Not hired: the period after the last contact (R-T1). */
    LAST_CONTACT,
    /** Hired, contract ended: the statutory period of the country (R-T2). */
    CONTRACT_END,
    /** Hired, the contract still runs (or has no end yet): no date. */
    CONTRACT_RUNNING,
    /** Hired in a country without a statutory period on record: no date until an admin sets one. */
    NO_STATUTORY_PERIOD
  }

  public RetentionTerms {
    employmentYears = Map.copyOf(employmentYears);
  }

  public LocalDate deletionDate(Candidate c) {
    return CandidateRetention.deletionDate(c, zone, amount, unit,
        c.getEmploymentCountry() == null ? null : employmentYears.get(c.getEmploymentCountry()), today);
  }

  public Basis basis(Candidate c) {
    if (c.getState() == CandidateState.HIRED) {
      if (c.getEmploymentCountry() == null || !employmentYears.containsKey(c.getEmploymentCountry())) {
        return Basis.NO_STATUTORY_PERIOD;
      }
      return c.getContractEnd() == null ? Basis.CONTRACT_RUNNING : Basis.CONTRACT_END;
    }
    return c.isObjectedToRetention() ? Basis.OBJECTION : Basis.LAST_CONTACT;
  }

  /** The statutory years for a hired candidate's country, or null. */
  public Integer yearsFor(String country) {
    return country == null ? null : employmentYears.get(country);
  }
}
