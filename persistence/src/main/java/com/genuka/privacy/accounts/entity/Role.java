package com.genuka.privacy.accounts.entity;

/** The roles of SPEC « Who uses it ». Names are the security roles the container checks. */
public enum Role {
  CUSTOMER,
  HR,
  ADMIN;

  public static final String CUSTOMER_NAME = "CUSTOMER";
  public static final String HR_NAME = "HR";
  public static final String ADMIN_NAME = "ADMIN";
}
