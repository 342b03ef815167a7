package com.genuka.privacy.accounts.entity;

/** A locked account cannot log in; an erased account has no row at all. */
public enum AccountStatus {
  ACTIVE,
  LOCKED
}
