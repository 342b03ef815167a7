package com.genuka.privacy.tenants.entity;

/**
 * A deleted tenant keeps its row (billing records point at it) but none of its content. A closed
 * one lost its last account to an erasure: its content goes by the CLOSED_COMPANY rule, then it is
 * deleted.
 */
public enum TenantStatus {
  ACTIVE,
  CLOSED,
  DELETED
}
