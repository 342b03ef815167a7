package com.genuka.privacy.requests.entity;

/** Every right the policy grants flows through one of these request types (R-Q1). */
public enum RequestType {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  PORTABILITY,
  RESTRICTION,
  OBJECTION,
  TENANT_EXPORT,
  TENANT_DELETION,
  RECORDING_DELETION;

  /** Acting on the company's whole database is for the company's administrator only (R-R4). */
  public boolean needsTenantAdmin() {
    return this == TENANT_EXPORT || this == TENANT_DELETION;
  }
}
