package com.genuka.privacy.candidates.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A CV or cover letter, stored in the database with the candidate so that deleting the candidate
 * deletes the file in the same transaction (ON DELETE CASCADE).
 */
@Entity
@Table(name = "candidate_document")
@NamedQuery(
    name = "CandidateDocument.findByCandidate",
    query = "SELECT d FROM CandidateDocument d WHERE d.candidateId = :candidateId ORDER BY d.uploadedAt DESC")
@NamedQuery(
    name = "CandidateDocument.content",
    query = "SELECT d.content FROM CandidateDocument d WHERE d.id = :id AND d.candidateId = :candidateId")
public class CandidateDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "candidate_id", nullable = false, updatable = false)
  private Long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DocumentKind kind;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected CandidateDocument() {}

  public CandidateDocument(Long candidateId, DocumentKind kind, String fileName,
      String contentType, byte[] content, Instant uploadedAt) {
    this.candidateId = candidateId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content == null ? null : content.clone();
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
