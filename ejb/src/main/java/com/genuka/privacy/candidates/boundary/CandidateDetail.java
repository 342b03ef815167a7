package com.genuka.privacy.candidates.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything HR holds about one candidate, its deletion date and what can be done next. */
public record CandidateDetail(
    long id,
    int version,
    String fullName,
    String email,
    String phone,
    String position,
    String state,
    String locale,
    Instant appliedAt,
    Instant lastContactAt,
    String notes,
    String coverLetterText,
    Instant specialCategoryConfirmedAt,
    boolean objected,
    Boolean talentPoolConsent,
    Instant talentPoolAskedAt,
    String homeAddress,
    LocalDate dateOfBirth,
    String idDocumentNumber,
    String bankIban,
    String employmentCountry,
    LocalDate contractStart,
    LocalDate contractEnd,
    LocalDate deletionDate,
    String deletionBasis,
    Integer statutoryYears,
    long daysLeft,
    int periodAmount,
    String periodUnit,
    Set<String> nextStates,
    boolean offerDataAllowed,
    List<DocumentInfo> documents,
    List<CandidateStep> history,
    List<CandidateRequestLine> requests) {

  public boolean can(String state) {
    return nextStates.contains(state);
  }

  public boolean hasOfferData() {
    return homeAddress != null || dateOfBirth != null || idDocumentNumber != null || bankIban != null;
  }

  public boolean isRejected() {
    return "REJECTED".equals(state);
  }

  public boolean isHired() {
    return "HIRED".equals(state);
  }
}
