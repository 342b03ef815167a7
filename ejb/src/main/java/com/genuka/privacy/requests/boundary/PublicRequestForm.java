package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.requests.entity.RequestType;

/** What a person without an account sends through the public request form. */
public record PublicRequestForm(RequestType type, String email, String fullName, String details, String locale) {}
