package com.genuka.privacy.erasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An erasure carried out as a resumable job. Its steps ({@link ErasureStep}) say what is done; the
 * lease says which server runs it and until when, so that a job whose server died is picked up by
 * the next one.
 */
@Entity
@Table(name = "erasure_job")
@NamedQuery(
    name = "ErasureJob.findByRequest",
    query = "SELECT j FROM ErasureJob j WHERE j.requestId = :requestId ORDER BY j.id DESC")
@NamedQuery(
    name = "ErasureJob.findRecent",
    query = "SELECT j FROM ErasureJob j ORDER BY j.createdAt DESC, j.id DESC")
@NamedQuery(
    name = "ErasureJob.findToRun",
    query = "SELECT j.id FROM ErasureJob j WHERE j.status IN :statuses"
        + " AND (j.leaseUntil IS NULL OR j.leaseUntil < :now) ORDER BY j.id")
@NamedQuery(
    name = "ErasureJob.findScrubbing",
    query = "SELECT j FROM ErasureJob j WHERE j.scrubMailUntil IS NOT NULL ORDER BY j.id")
public class ErasureJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private JobKind kind;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "subject_ref", length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "candidate_id")
  private Long candidateId;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(nullable = false, length = 10)
  private String locale;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JobStatus status = JobStatus.QUEUED;

  @Column(name = "contact_sealed", length = 2000)
  private String contactSealed;

  @Column(name = "contact_key", length = 64)
  private String contactKey;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "lease_owner", length = 36)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "receipt_file_id")
  private Long receiptFileId;

  @Column(name = "scrub_mail_until")
  private Instant scrubMailUntil;

  @Version private int version;

  protected ErasureJob() {}

  public ErasureJob(JobKind kind, Long requestId, String subjectRef, String locale, Instant createdAt) {
    this.kind = kind;
    this.requestId = requestId;
    this.subjectRef = subjectRef;
    this.locale = locale;
    this.createdAt = createdAt;
  }

  public boolean isFinished() {
    return status == JobStatus.SUCCEEDED || status == JobStatus.FAILED;
  }

  public Long getId() {
    return id;
  }

  public JobKind getKind() {
    return kind;
  }

  public Long getRequestId() {
    return requestId;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public void setCandidateId(Long candidateId) {
    this.candidateId = candidateId;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public String getLocale() {
    return locale;
  }

  public JobStatus getStatus() {
    return status;
  }

  public void setStatus(JobStatus status) {
    this.status = status;
  }

  public String getContactSealed() {
    return contactSealed;
  }

  public String getContactKey() {
    return contactKey;
  }

  public void setContact(String sealed, String key) {
    this.contactSealed = sealed;
    this.contactKey = key;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public String getLeaseOwner() {
    return leaseOwner;
  }

  public void setLeaseOwner(String leaseOwner) {
    this.leaseOwner = leaseOwner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public void setLeaseUntil(Instant leaseUntil) {
    this.leaseUntil = leaseUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public String getLastError() {
    return lastError;
  }

  public void setLastError(String lastError) {
    this.lastError = lastError;
  }

  public Long getReceiptFileId() {
    return receiptFileId;
  }

  public void setReceiptFileId(Long receiptFileId) {
    this.receiptFileId = receiptFileId;
  }

  public Instant getScrubMailUntil() {
    return scrubMailUntil;
  }

  public void setScrubMailUntil(Instant scrubMailUntil) {
    this.scrubMailUntil = scrubMailUntil;
  }
}
