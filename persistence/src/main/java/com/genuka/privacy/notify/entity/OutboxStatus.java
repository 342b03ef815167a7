package com.genuka.privacy.notify.entity;

/** PENDING until sent; FAILED only after the last retry, for an admin to look at. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
