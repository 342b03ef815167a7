package com.genuka.privacy.candidates.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application as its candidate sees it on their page: everything held, with identity and bank
 * numbers shown only in part, and the day it will be deleted; {@code beingDeleted} once that day
 * has come (the file is only waiting for the sweep, no longer kept).
 */
public record OwnApplication(
    long id,
    String position,
    String state,
    Instant appliedAt,
    Instant lastContactAt,
    String notes,
    String coverLetterText,
    String homeAddress,
    LocalDate dateOfBirth,
    String idDocumentNumberMasked,
    String bankIbanMasked,
    String employmentCountry,
    LocalDate contractStart,
    LocalDate contractEnd,
    LocalDate deletionDate,
    String deletionBasis,
    Integer statutoryYears,
    boolean objected,
    Boolean talentPoolConsent,
    Instant talentPoolAskedAt,
    List<DocumentInfo> documents,
    List<CandidateStep> history,
    boolean beingDeleted) {

  public boolean hasOfferData() {
    return homeAddress != null || dateOfBirth != null || idDocumentNumberMasked != null || bankIbanMasked != null
        || employmentCountry != null;
  }

  public boolean isHired() {
    return "HIRED".equals(state);
  }

  /** HR asked whether they may keep the data, and no answer has come yet. */
  public boolean isTalentPoolQuestionOpen() {
    return talentPoolAskedAt != null && talentPoolConsent == null && !objected;
  }
}
