package com.genuka.privacy.notify.entity;

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

/** An e-mail waiting to be sent, or sent, with its delivery attempts. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = "OutboxMessage.findDue",
    query =
        "SELECT m FROM OutboxMessage m WHERE m.status = com.genuka.privacy.notify.entity.OutboxStatus.PENDING"
            + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(
    name = "OutboxMessage.findRecent",
    query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
    name = "OutboxMessage.findByStatus",
    query = "SELECT m FROM OutboxMessage m WHERE m.status = :status ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false, length = 200, updatable = false)
  private String messageId;

  @Column(nullable = false, length = 40, updatable = false)
  private String kind;

  @Column(nullable = false, length = 254, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 10, updatable = false)
  private String locale;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(name = "body_text", nullable = false, updatable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false, updatable = false)
  private String bodyHtml;

  @Column(name = "list_unsubscribe", length = 500, updatable = false)
  private String listUnsubscribe;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "subject_ref", length = 36)
  private String subjectRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxStatus status = OutboxStatus.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Version private int version;

  protected OutboxMessage() {}

  public OutboxMessage(String messageId, String kind, String recipient, String locale,
      String subject, String bodyText, String bodyHtml, String listUnsubscribe, Instant createdAt) {
    this.messageId = messageId;
    this.kind = kind;
    this.recipient = recipient;
    this.locale = locale;
    this.subject = subject;
    this.bodyText = bodyText;
    this.bodyHtml = bodyHtml;
    this.listUnsubscribe = listUnsubscribe;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getKind() {
    return kind;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLocale() {
    return locale;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getListUnsubscribe() {
    return listUnsubscribe;
  }

  public Long getRequestId() {
    return requestId;
  }

  public void setRequestId(Long requestId) {
    this.requestId = requestId;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public void setSubjectRef(String subjectRef) {
    this.subjectRef = subjectRef;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public void setStatus(OutboxStatus status) {
    this.status = status;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public void setNextAttemptAt(Instant nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public void setLastAttemptAt(Instant lastAttemptAt) {
    this.lastAttemptAt = lastAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public void setSentAt(Instant sentAt) {
    this.sentAt = sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  public void setLastError(String lastError) {
    this.lastError = lastError;
  }

  public int getVersion() {
    return version;
  }
}
