package com.genuka.privacy.erasure.entity;

/** What an erasure job erases: a person, a company's whole database, or a person's recordings. */
public enum JobKind {
  SUBJECT,
  TENANT,
  RECORDINGS
}
