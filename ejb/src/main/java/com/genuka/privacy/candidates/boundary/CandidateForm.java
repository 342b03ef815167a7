package com.genuka.privacy.candidates.boundary;

import java.time.LocalDate;

/** What HR types about a candidate: contact data, the position, and the free text of the application. */
public record CandidateForm(
    String fullName,
    String email,
    String phone,
    String position,
    String locale,
    LocalDate appliedOn,
    String notes,
    String coverLetterText) {}
