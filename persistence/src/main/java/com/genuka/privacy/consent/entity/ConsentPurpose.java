package com.genuka.privacy.consent.entity;

/**
 * Purposes that rest on the person's choice: marketing messages (opt-out at any time, R-R6), and
 * passing event registrations to co-organisers and sponsors (C8).
 */
public enum ConsentPurpose {
  MARKETING,
  EVENT_SHARING
}
