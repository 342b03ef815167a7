package com.genuka.privacy.candidates.entity;

/** The documents a candidate sends: a CV and a cover letter. */
public enum DocumentKind {
  CV,
  COVER_LETTER
}
