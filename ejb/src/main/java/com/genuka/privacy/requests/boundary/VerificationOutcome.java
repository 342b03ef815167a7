package com.genuka.privacy.requests.boundary;

/** What opening a verification link did. */
public record VerificationOutcome(Result result, String reference) {

  /** The link's fate. */
  public enum Result {
    VERIFIED,
    ALREADY_USED,
    EXPIRED,
    UNKNOWN
  }
}
