package com.genuka.privacy.consent.entity;

import com.genuka.privacy.registers.entity.PolicyVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One consent decision. Never updated: a change of mind is a new row. */
@Entity
@Table(name = "consent_record")
@NamedQuery(
    name = "ConsentRecord.findByUser",
    query = "SELECT c FROM ConsentRecord c WHERE c.userId = :userId ORDER BY c.recordedAt DESC, c.id DESC")
@NamedQuery(
    name = "ConsentRecord.findLatest",
    query =
        "SELECT c FROM ConsentRecord c WHERE c.userId = :userId AND c.purpose = :purpose"
            + " ORDER BY c.recordedAt DESC, c.id DESC")
public class ConsentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private ConsentPurpose purpose;

  @Column(nullable = false, updatable = false)
  private boolean granted;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private ConsentMethod method;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "policy_version_id", updatable = false)
  private PolicyVersion policyVersion;

  protected ConsentRecord() {}

  public ConsentRecord(Long userId, ConsentPurpose purpose, boolean granted, Instant recordedAt,
      ConsentMethod method, PolicyVersion policyVersion) {
    this.userId = userId;
    this.purpose = purpose;
    this.granted = granted;
    this.recordedAt = recordedAt;
    this.method = method;
    this.policyVersion = policyVersion;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public boolean isGranted() {
    return granted;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public ConsentMethod getMethod() {
    return method;
  }

  public PolicyVersion getPolicyVersion() {
    return policyVersion;
  }
}
