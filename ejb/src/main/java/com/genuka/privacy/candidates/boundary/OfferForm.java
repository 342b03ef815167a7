package com.genuka.privacy.candidates.boundary;

import java.time.LocalDate;

/**
 * The personal data an offer lets HR ask for (policy: « informations personnelles supplémentaires »)
 * and the contract that dates a hired person's file (R-T2).
 */
public record OfferForm(
    String homeAddress,
    LocalDate dateOfBirth,
    String idDocumentNumber,
    String bankIban,
    String employmentCountry,
    LocalDate contractStart,
    LocalDate contractEnd) {}
