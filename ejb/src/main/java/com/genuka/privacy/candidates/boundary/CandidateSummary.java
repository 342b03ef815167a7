package com.genuka.privacy.candidates.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A line of HR's candidate list. */
public record CandidateSummary(
    long id,
    String fullName,
    String email,
    String position,
    String state,
    Instant appliedAt,
    Instant lastContactAt,
    LocalDate deletionDate,
    boolean objected) {}
