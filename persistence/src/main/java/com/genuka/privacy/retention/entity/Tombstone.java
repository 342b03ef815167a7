package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The trace a deletion leaves (R-T7): what kind of data, how many rows, when, and the date it
 * leaves the backups. The reference never identifies a person.
 */
@Entity
@Table(name = "tombstone")
@NamedQuery(
    name = "Tombstone.findBySubject",
    query = "SELECT t FROM Tombstone t WHERE t.subjectRef = :subjectRef ORDER BY t.deletedAt DESC, t.id DESC")
@NamedQuery(
    name = "Tombstone.findByTenant",
    query = "SELECT t FROM Tombstone t WHERE t.tenantId = :tenantId ORDER BY t.deletedAt DESC, t.id DESC")
@NamedQuery(
    name = "Tombstone.findByRun",
    query = "SELECT t FROM Tombstone t WHERE t.runId = :runId ORDER BY t.id")
@NamedQuery(name = "Tombstone.findLatest", query = "SELECT t FROM Tombstone t ORDER BY t.id DESC")
@NamedQuery(
    name = "Tombstone.findRecent",
    query = "SELECT t FROM Tombstone t ORDER BY t.deletedAt DESC, t.id DESC")
public class Tombstone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 5, updatable = false)
  private String category;

  @Column(name = "rule_code", length = 40, updatable = false)
  private String ruleCode;

  @Column(nullable = false, length = 200, updatable = false)
  private String reference;

  @Column(name = "row_count", nullable = false, updatable = false)
  private int rowCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private DeletionCause cause;

  @Column(name = "subject_ref", length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "deleted_at", nullable = false, updatable = false)
  private Instant deletedAt;

  @Column(name = "leaves_backups_on", nullable = false, updatable = false)
  private LocalDate leavesBackupsOn;

  /** The sweep run that wrote it; written by the sweeps' set-based inserts, empty otherwise. */
  @Column(name = "run_id", insertable = false, updatable = false)
  private Long runId;

  protected Tombstone() {}

  public Tombstone(String category, String ruleCode, String reference, int rowCount,
      DeletionCause cause, String subjectRef, Long tenantId, Long requestId, Instant deletedAt,
      LocalDate leavesBackupsOn) {
    this.category = category;
    this.ruleCode = ruleCode;
    this.reference = reference;
    this.rowCount = rowCount;
    this.cause = cause;
    this.subjectRef = subjectRef;
    this.tenantId = tenantId;
    this.requestId = requestId;
    this.deletedAt = deletedAt;
    this.leavesBackupsOn = leavesBackupsOn;
  }

  public Long getId() {
    return id;
  }

  public String getCategory() {
    return category;
  }

  public String getRuleCode() {
    return ruleCode;
  }

  public String getReference() {
    return reference;
  }

  public int getRowCount() {
    return rowCount;
  }

  public DeletionCause getCause() {
    return cause;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public LocalDate getLeavesBackupsOn() {
    return leavesBackupsOn;
  }

  public Long getRunId() {
    return runId;
  }
}
