package com.genuka.privacy.tenants.entity;

/** Subscription plans named by the policy. Only ENTERPRISE may have a database of its own. */
public enum Plan {
  LIGHT,
  PRO,
  ENTERPRISE
}
