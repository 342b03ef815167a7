package com.genuka.privacy.candidates.boundary;

/** The contact data a candidate corrects on their own page. */
public record ContactCorrection(String fullName, String email, String phone) {}
