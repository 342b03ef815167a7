package com.genuka.privacy.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of a rate-limited public action; the bucket is a SHA-256, never an address. */
@Entity
@Table(name = "throttle_hit")
@NamedQuery(
    name = "ThrottleHit.countSince",
    query = "SELECT COUNT(h) FROM ThrottleHit h WHERE h.bucket = :bucket AND h.occurredAt >= :since AND h.occurredAt <= :until")
@NamedQuery(name = "ThrottleHit.deleteBefore", query = "DELETE FROM ThrottleHit h WHERE h.occurredAt < :before")
public class ThrottleHit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String bucket;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected ThrottleHit() {}

  public ThrottleHit(String bucket, Instant occurredAt) {
    this.bucket = bucket;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public String getBucket() {
    return bucket;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
