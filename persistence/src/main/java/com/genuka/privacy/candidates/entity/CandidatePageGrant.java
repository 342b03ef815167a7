package com.genuka.privacy.candidates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What opening a single-use link gives a candidate: a short time on their own page. The secret
 * stays in the server-side session of the browser that opened the link; only its SHA-256 is here,
 * and it goes when the candidate's data goes.
 */
@Entity
@Table(name = "candidate_page_grant")
@NamedQuery(name = "CandidatePageGrant.findByHash", query = "SELECT g FROM CandidatePageGrant g WHERE g.secretHash = :hash")
@NamedQuery(name = "CandidatePageGrant.deleteExpired", query = "DELETE FROM CandidatePageGrant g WHERE g.expiresAt < :now")
public class CandidatePageGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
  private String secretHash;

  @Column(name = "candidate_id", nullable = false, updatable = false)
  private Long candidateId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected CandidatePageGrant() {}

  public CandidatePageGrant(String secretHash, Long candidateId, Instant createdAt, Instant expiresAt) {
    this.secretHash = secretHash;
    this.candidateId = candidateId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValid(Instant now) {
    return now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
