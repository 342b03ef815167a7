package com.genuka.privacy.candidates.boundary;

/**
 * What opening a candidate's link gave: OPENED (with the grant the browser's session keeps, and
 * the candidate's language), or ALREADY_USED, EXPIRED, UNKNOWN.
 */
public record LinkOutcome(String result, String grant, String locale) {

  public boolean isOpened() {
    return "OPENED".equals(result);
  }
}
