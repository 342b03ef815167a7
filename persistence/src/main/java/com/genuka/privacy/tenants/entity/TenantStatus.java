package com.genuka.privacy.tenants.entity;

/** A deleted tenant keeps its row (billing records point at it) but none of its content. */
public enum TenantStatus {
  ACTIVE,
  DELETED
}
