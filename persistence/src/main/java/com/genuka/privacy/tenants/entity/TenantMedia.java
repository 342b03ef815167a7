package com.genuka.privacy.tenants.entity;

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

/** A reference to a file in object storage (AWS, per the sub-processor register). */
@Entity
@Table(name = "tenant_media")
@NamedQuery(
    name = "TenantMedia.findByTenant",
    query = "SELECT m FROM TenantMedia m WHERE m.tenantId = :tenantId ORDER BY m.id")
@NamedQuery(
    name = "TenantMedia.countByTenant",
    query = "SELECT COUNT(m) FROM TenantMedia m WHERE m.tenantId = :tenantId")
public class TenantMedia {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MediaKind kind;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "storage_key", nullable = false, length = 500)
  private String storageKey;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected TenantMedia() {}

  public TenantMedia(Long tenantId, MediaKind kind, String fileName, String contentType,
      long sizeBytes, String storageKey, Instant uploadedAt) {
    this.tenantId = tenantId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.storageKey = storageKey;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public MediaKind getKind() {
    return kind;
  }

  public void setKind(MediaKind kind) {
    this.kind = kind;
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

  public long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public void setStorageKey(String storageKey) {
    this.storageKey = storageKey;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public void setUploadedAt(Instant uploadedAt) {
    this.uploadedAt = uploadedAt;
  }
}
