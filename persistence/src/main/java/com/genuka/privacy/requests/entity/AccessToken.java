package com.genuka.privacy.requests.entity;

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

/**
 * A single-use, expiring link (R-Q3). Only the SHA-256 of the secret is stored; the secret itself
 * exists only in the e-mail that carries it.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = "AccessToken.findByHash", query = "SELECT t FROM AccessToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "AccessToken.deleteExpiredBefore", query = "DELETE FROM AccessToken t WHERE t.expiresAt < :before")
@NamedQuery(name = "AccessToken.dropPendingEmailChangesOfUser", query = "DELETE FROM AccessToken t"
    + " WHERE t.purpose = com.genuka.privacy.requests.entity.TokenPurpose.EMAIL_CHANGE AND t.usedAt IS NULL"
    + " AND t.userId = :userId")
@NamedQuery(name = "AccessToken.dropPendingEmailChangesOfCandidate", query = "DELETE FROM AccessToken t"
    + " WHERE t.purpose = com.genuka.privacy.requests.entity.TokenPurpose.EMAIL_CHANGE AND t.usedAt IS NULL"
    + " AND t.candidateId = :candidateId")
public class AccessToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private TokenPurpose purpose;

  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "candidate_id", updatable = false)
  private Long candidateId;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Column(name = "new_email", length = 254, updatable = false)
  private String newEmail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccessToken() {}

  public AccessToken(String tokenHash, TokenPurpose purpose, Long requestId, Long candidateId,
      Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.requestId = requestId;
    this.candidateId = candidateId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** A link confirming {@code newEmail} for an account ({@code userId}) or a candidate ({@code candidateId}). */
  public static AccessToken emailChange(String tokenHash, Long userId, Long candidateId, String newEmail, Instant createdAt,
      Instant expiresAt) {
    AccessToken t = new AccessToken(tokenHash, TokenPurpose.EMAIL_CHANGE, null, candidateId, createdAt, expiresAt);
    t.userId = userId;
    t.newEmail = newEmail;
    return t;
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void markUsed(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("token already used");
    }
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public Long getUserId() {
    return userId;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
