package com.genuka.privacy.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audit row. Every column is {@code updatable = false}: the application can only append. The
 * id is assigned by the appender from the chain's head, so ids are gap-free and ordered.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.findPage", query = "SELECT a FROM AuditEvent a ORDER BY a.id DESC")
@NamedQuery(
    name = "AuditEvent.findBySubject",
    query = "SELECT a FROM AuditEvent a WHERE a.subjectRef = :subjectRef ORDER BY a.id DESC")
@NamedQuery(
    name = "AuditEvent.findFrom",
    query = "SELECT a FROM AuditEvent a WHERE a.id > :afterId ORDER BY a.id")
public class AuditEvent {

  @Id
  @Column(updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_ref", nullable = false, length = 36, updatable = false)
  private String actorRef;

  @Column(name = "actor_role", nullable = false, length = 20, updatable = false)
  private String actorRole;

  @Column(nullable = false, length = 60, updatable = false)
  private String action;

  @Column(name = "subject_ref", length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "target_type", length = 40, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = 64, updatable = false)
  private String targetId;

  /** Non-identifying description ("phone changed"). */
  @Column(length = 1000, updatable = false)
  private String summary;

  /** Personal details, AES-GCM sealed with the subject's key, Base64. */
  @Column(length = 8000, updatable = false)
  private String sealed;

  @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
  private String prevHash;

  @Column(nullable = false, length = 64, updatable = false)
  private String hash;

  protected AuditEvent() {}

  public AuditEvent(Long id, Instant occurredAt, String actorRef, String actorRole, String action,
      String subjectRef, Long tenantId, String targetType, String targetId, String summary,
      String sealed, String prevHash, String hash) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actorRef = actorRef;
    this.actorRole = actorRole;
    this.action = action;
    this.subjectRef = subjectRef;
    this.tenantId = tenantId;
    this.targetType = targetType;
    this.targetId = targetId;
    this.summary = summary;
    this.sealed = sealed;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorRef() {
    return actorRef;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getSummary() {
    return summary;
  }

  public String getSealed() {
    return sealed;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
