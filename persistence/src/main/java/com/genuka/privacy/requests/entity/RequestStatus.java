package com.genuka.privacy.requests.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The request workflow's states and the only transitions allowed between them (R-Q1..R-Q3):
 * submitted → identity pending (filed without login) → verified → in progress → completed, or
 * rejected (with a reason), or cancelled by the subject. The code and the tests both read it here.
 */
public enum RequestStatus {
  SUBMITTED,
  IDENTITY_PENDING,
  VERIFIED,
  IN_PROGRESS,
  COMPLETED,
  REJECTED,
  CANCELLED;

  public Set<RequestStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(IDENTITY_PENDING, VERIFIED, REJECTED, CANCELLED);
      case IDENTITY_PENDING -> EnumSet.of(VERIFIED, REJECTED, CANCELLED);
      case VERIFIED -> EnumSet.of(IN_PROGRESS, REJECTED, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, REJECTED);
      case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
    };
  }

  public boolean canMoveTo(RequestStatus target) {
    return next().contains(target);
  }

  public boolean isOpen() {
    return !next().isEmpty();
  }

  /** The subject may cancel until work has started. */
  public boolean cancellableBySubject() {
    return canMoveTo(CANCELLED);
  }

  public static Set<RequestStatus> open() {
    return EnumSet.of(SUBMITTED, IDENTITY_PENDING, VERIFIED, IN_PROGRESS);
  }
}
