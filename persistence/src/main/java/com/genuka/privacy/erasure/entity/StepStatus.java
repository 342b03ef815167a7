package com.genuka.privacy.erasure.entity;

/** A step is done only in the transaction that did its work. */
public enum StepStatus {
  PENDING,
  DONE
}
