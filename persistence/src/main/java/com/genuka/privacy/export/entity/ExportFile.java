package com.genuka.privacy.export.entity;

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

/** A file generated for a request, deleted after its configured life (R-T9). */
@Entity
@Table(name = "export_file")
@NamedQuery(
    name = "ExportFile.findByRequest",
    query = "SELECT f FROM ExportFile f WHERE f.requestId = :requestId ORDER BY f.createdAt DESC, f.id DESC")
@NamedQuery(
    name = "ExportFile.findByDownloadKey",
    query = "SELECT f FROM ExportFile f WHERE f.downloadKey = :key")
@NamedQuery(
    name = "ExportFile.findReadyByRequest",
    query = "SELECT f FROM ExportFile f WHERE f.requestId = :requestId"
        + " AND f.status = com.genuka.privacy.export.entity.ExportFile.Status.READY"
        + " ORDER BY f.readyAt DESC, f.id DESC")
@NamedQuery(
    name = "ExportFile.findToRun",
    query = "SELECT f.id FROM ExportFile f WHERE f.status IN :statuses"
        + " AND (f.leaseUntil IS NULL OR f.leaseUntil < :now) ORDER BY f.id")
public class ExportFile {

  /** What the file holds. */
  public enum Kind {
    SUBJECT,
    TENANT,
    RECEIPT
  }

  /** Where its generation stands. */
  public enum Status {
    QUEUED,
    RUNNING,
    READY,
    FAILED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.QUEUED;

  @Column(name = "progress_pct", nullable = false)
  private int progressPct;

  @Column(name = "storage_path", length = 500)
  private String storagePath;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ready_at")
  private Instant readyAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(length = 2000)
  private String error;

  /** The unguessable part of the logged-in download link. */
  @Column(name = "download_key", length = 64)
  private String downloadKey;

  /** The name the browser saves the file under. */
  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "content_type", length = 100)
  private String contentType;

  @Column(name = "rows_total")
  private Long rowsTotal;

  @Column(name = "rows_done")
  private Long rowsDone;

  @Column(nullable = false)
  private int attempts;

  /** When the current run of its generation began. */
  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "lease_owner", length = 36)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  protected ExportFile() {}

  public ExportFile(Long requestId, Kind kind, Instant createdAt) {
    this.requestId = requestId;
    this.kind = kind;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Kind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public int getProgressPct() {
    return progressPct;
  }

  public void setProgressPct(int progressPct) {
    this.progressPct = progressPct;
  }

  public String getStoragePath() {
    return storagePath;
  }

  public void setStoragePath(String storagePath) {
    this.storagePath = storagePath;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadyAt() {
    return readyAt;
  }

  public void setReadyAt(Instant readyAt) {
    this.readyAt = readyAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public boolean isExpired(Instant now) {
    return status == Status.EXPIRED || expiresAt != null && !now.isBefore(expiresAt);
  }

  public String getDownloadKey() {
    return downloadKey;
  }

  public void setDownloadKey(String downloadKey) {
    this.downloadKey = downloadKey;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public Long getRowsTotal() {
    return rowsTotal;
  }

  public void setRowsTotal(Long rowsTotal) {
    this.rowsTotal = rowsTotal;
  }

  public Long getRowsDone() {
    return rowsDone;
  }

  public void setRowsDone(Long rowsDone) {
    this.rowsDone = rowsDone;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
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
}
