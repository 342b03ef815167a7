package com.genuka.privacy.tenants.entity;

/** Kinds of media the policy names: photos, videos, documents, the company logo. */
public enum MediaKind {
  PHOTO,
  VIDEO,
  DOCUMENT,
  LOGO
}
