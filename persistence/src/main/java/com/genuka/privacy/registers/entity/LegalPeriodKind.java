package com.genuka.privacy.registers.entity;

/** Statutory periods kept per country: personnel files (R-T2) and billing records (R-T8). */
public enum LegalPeriodKind {
  EMPLOYMENT,
  BILLING
}
