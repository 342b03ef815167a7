package com.genuka.privacy.consent.entity;

/** How a consent decision was expressed; shown in the history. */
public enum ConsentMethod {
  SIGNUP,
  PORTAL,
  UNSUBSCRIBE_LINK,
  ADMIN,
  REQUEST
}
