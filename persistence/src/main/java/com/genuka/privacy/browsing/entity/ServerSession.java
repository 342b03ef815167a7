package com.genuka.privacy.browsing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The server-side record of a logged-in session (R-T4). The container's session id is a credential,
 * so only its SHA-256 is stored.
 */
@Entity
@Table(name = "server_session")
@NamedQuery(
    name = "ServerSession.findByHash",
    query = "SELECT s FROM ServerSession s WHERE s.sessionHash = :hash")
@NamedQuery(
    name = "ServerSession.findByUser",
    query = "SELECT s FROM ServerSession s WHERE s.userId = :userId ORDER BY s.lastActivityAt DESC")
public class ServerSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_hash", nullable = false, length = 64, updatable = false)
  private String sessionHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "ip_address", length = 45)
  private String ipAddress;

  @Column(name = "user_agent", length = 300)
  private String userAgent;

  protected ServerSession() {}

  public ServerSession(String sessionHash, Long userId, Instant createdAt, String ipAddress,
      String userAgent) {
    this.sessionHash = sessionHash;
    this.userId = userId;
    this.createdAt = createdAt;
    this.lastActivityAt = createdAt;
    this.ipAddress = ipAddress;
    this.userAgent = userAgent;
  }

  public Long getId() {
    return id;
  }

  public String getSessionHash() {
    return sessionHash;
  }

  public Long getUserId() {
    return userId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public void setLastActivityAt(Instant lastActivityAt) {
    this.lastActivityAt = lastActivityAt;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }
}
