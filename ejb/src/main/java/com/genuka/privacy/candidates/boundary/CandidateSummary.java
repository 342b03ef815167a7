package com.genuka.privacy.candidates.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of HR's candidate list, with the day their data will be deleted and why.
 *
 * @param deletionBasis a {@link com.genuka.privacy.candidates.control.RetentionTerms.Basis} name
 * @param openRequests the candidate's privacy requests still open
 */
public record CandidateSummary(
    long id,
    String fullName,
    String email,
    String position,
    String state,
    Instant appliedAt,
    Instant lastContactAt,
    LocalDate deletionDate,
    String deletionBasis,
    boolean objected,
    Boolean talentPoolConsent,
    long openRequests,
    long daysLeft) {

  public boolean isOverdue() {
    return deletionDate != null && daysLeft < 0;
  }
}
