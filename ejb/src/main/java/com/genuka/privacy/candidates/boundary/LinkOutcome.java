package com.genuka.privacy.candidates.boundary;

/**
 * What a candidate's link is worth: READY (its page offers to open the candidate's page), OPENED
 * (with the grant the browser's session keeps), or ALREADY_USED, EXPIRED, UNKNOWN; with the
 * candidate's language when the link is theirs.
 */
public record LinkOutcome(String result, String grant, String locale) {

  public boolean isReady() {
    return "READY".equals(result);
  }

  public boolean isOpened() {
    return "OPENED".equals(result);
  }
}
