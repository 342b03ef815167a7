package com.genuka.privacy.recordings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A recording of a browsing session, held at PostHog; we keep its reference, when it was made, how
 * long it lasted, and which fields were masked at capture.
 */
@Entity
@Table(name = "session_recording")
@NamedQuery(
    name = "SessionRecording.findByUser",
    query =
        "SELECT r FROM SessionRecording r WHERE r.userId = :userId AND r.tenantId = :tenantId"
            + " ORDER BY r.recordedAt DESC, r.id DESC")
@NamedQuery(
    name = "SessionRecording.deleteOneOfUser",
    query =
        "DELETE FROM SessionRecording r WHERE r.id = :id AND r.userId = :userId AND r.tenantId = :tenantId")
@NamedQuery(
    name = "SessionRecording.deleteAllOfUser",
    query = "DELETE FROM SessionRecording r WHERE r.userId = :userId AND r.tenantId = :tenantId")
public class SessionRecording {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "duration_seconds", nullable = false, updatable = false)
  private int durationSeconds;

  @Column(name = "page_count", nullable = false, updatable = false)
  private int pageCount;

  /** Comma-separated names of the masked fields. */
  @Column(name = "masked_fields", nullable = false, length = 1000, updatable = false)
  private String maskedFields;

  @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
  private String storageKey;

  protected SessionRecording() {}

  public SessionRecording(Long tenantId, Long userId, Instant recordedAt, int durationSeconds,
      int pageCount, List<String> maskedFields, String storageKey) {
    this.tenantId = tenantId;
    this.userId = userId;
    this.recordedAt = recordedAt;
    this.durationSeconds = durationSeconds;
    this.pageCount = pageCount;
    this.maskedFields = String.join(",", maskedFields);
    this.storageKey = storageKey;
  }

  public List<String> getMaskedFieldList() {
    return maskedFields.isBlank() ? List.of() : Arrays.asList(maskedFields.split(","));
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public Long getUserId() {
    return userId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public int getDurationSeconds() {
    return durationSeconds;
  }

  public int getPageCount() {
    return pageCount;
  }

  public String getMaskedFields() {
    return maskedFields;
  }

  public String getStorageKey() {
    return storageKey;
  }
}
