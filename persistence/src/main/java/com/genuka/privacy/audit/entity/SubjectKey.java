package com.genuka.privacy.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subject's sealing key. Deleting it makes their sealed audit details unreadable for good. */
@Entity
@Table(name = "subject_key")
public class SubjectKey {

  @Id
  @Column(name = "subject_ref", length = 36)
  private String subjectRef;

  @Column(name = "key_material", nullable = false, length = 64)
  private String keyMaterial;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubjectKey() {}

  public SubjectKey(String subjectRef, String keyMaterial, Instant createdAt) {
    this.subjectRef = subjectRef;
    this.keyMaterial = keyMaterial;
    this.createdAt = createdAt;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public String getKeyMaterial() {
    return keyMaterial;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
