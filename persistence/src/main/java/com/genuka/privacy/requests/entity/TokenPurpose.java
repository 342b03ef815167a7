package com.genuka.privacy.requests.entity;

/** What a single-use link grants. */
public enum TokenPurpose {
  REQUEST_VERIFICATION,
  CANDIDATE_ACCESS,
  EXPORT_DOWNLOAD
}
