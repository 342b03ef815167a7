package com.genuka.privacy.requests.entity;

/** What a single-use link grants. */
public enum TokenPurpose {
  REQUEST_VERIFICATION,
  CANDIDATE_ACCESS,
  EXPORT_DOWNLOAD,
  /** Confirms a new e-mail address of an account or a candidate: sent to that address. */
  EMAIL_CHANGE
}
