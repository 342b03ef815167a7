package com.genuka.privacy.retention.entity;

/** Why data was deleted: its period ended, a request asked for it, or the subject deleted it. */
public enum DeletionCause {
  RETENTION,
  REQUEST,
  SUBJECT
}
