package com.genuka.privacy.requests.boundary;

/** What a verification link is worth (READY: the owner may confirm), or what confirming it did. */
public record VerificationOutcome(Result result, String reference) {

  /** The link's fate. */
  public enum Result {
    READY,
    VERIFIED,
    ALREADY_USED,
    EXPIRED,
    UNKNOWN
  }
}
