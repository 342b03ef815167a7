package com.genuka.privacy.requests.entity;

/** Who the request is about: an account holder, a job candidate, or someone else. */
public enum SubjectKind {
  CUSTOMER,
  CANDIDATE,
  VISITOR
}
