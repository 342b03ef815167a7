package com.genuka.privacy.erasure.entity;

/** What a step does to its data, as the receipt reports it. */
public enum StepOutcome {
  /** Deleted from the live systems. */
  ERASED,
  /** Kept under a legal hold, with the person's fields replaced. */
  PSEUDONYMISED,
  /** Kept as it is (an audit trail without personal details, a company's own data). */
  KEPT,
  /** Something recorded (a notice to a sub-processor, a receipt). */
  RECORDED,
  /** A check (the residue scan). */
  CHECKED
}
