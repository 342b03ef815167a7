package com.genuka.privacy.erasure.entity;

/** Where a job stands. A FAILED job keeps its steps and can be run again from the admin page. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED
}
