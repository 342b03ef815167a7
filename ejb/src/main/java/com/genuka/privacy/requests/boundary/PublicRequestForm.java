package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.RequestType;

/**
 * What a person without an account sends through the public request form; {@code objection} is
 * what an objection objects to (null for other types).
 */
public record PublicRequestForm(RequestType type, ObjectedProcessing objection, String email, String fullName,
    String details, String locale) {}
