package com.genuka.privacy.erasure.control;

import jakarta.ejb.ApplicationException;

/** This server no longer holds the job: another one took it over after the lease ran out. */
@ApplicationException(rollback = true)
public class LeaseLost extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LeaseLost(long jobId) {
    super("job " + jobId + " is no longer held by this server");
  }
}
