package com.genuka.privacy.erasure.control;

import jakarta.ejb.ApplicationException;

/**
 * A step found that the job cannot go on (residue left, a legal hold): the step's transaction
 * rolls back, the job stops as FAILED and the request stays open with the reason.
 */
@ApplicationException(rollback = true)
public class StepFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StepFailed(String reason) {
    super(reason);
  }
}
