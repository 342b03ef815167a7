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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request about personal data (R-Q1): a type, a subject, a channel, a status and a due date.
 * The version column makes two admins acting at once fail one of them (optimistic locking).
 */
@Entity
@Table(name = "privacy_request")
@NamedQuery(
    name = "PrivacyRequest.findOpen",
    query = "SELECT r FROM PrivacyRequest r WHERE r.status IN :statuses ORDER BY r.dueDate, r.id")
@NamedQuery(
    name = "PrivacyRequest.findBySubjectUser",
    query = "SELECT r FROM PrivacyRequest r WHERE r.subjectUserId = :userId ORDER BY r.receivedAt DESC, r.id DESC")
@NamedQuery(
    name = "PrivacyRequest.findByReference",
    query = "SELECT r FROM PrivacyRequest r WHERE r.reference = :reference")
public class PrivacyRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20, updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private RequestType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 20, updatable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_ref", nullable = false, length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "subject_user_id")
  private Long subjectUserId;

  @Column(name = "subject_candidate_id")
  private Long subjectCandidateId;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "subject_email", length = 254)
  private String subjectEmail;

  @Column(name = "subject_name", length = 200)
  private String subjectName;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(length = 4000)
  private String details;

  /** For an objection: the processing objected to (the person's own words are in {@code details}). */
  @Enumerated(EnumType.STRING)
  @Column(name = "objection_processing", length = 30, updatable = false)
  private ObjectedProcessing objectionProcessing;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "original_due_date", nullable = false, updatable = false)
  private LocalDate originalDueDate;

  @Column(name = "extension_reason", length = 2000)
  private String extensionReason;

  @Column(name = "assigned_to")
  private Long assignedTo;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reminded_7_at")
  private Instant reminded7At;

  @Column(name = "reminded_2_at")
  private Instant reminded2At;

  @Column(name = "overdue_notified_at")
  private Instant overdueNotifiedAt;

  /** Set once the due date has passed with the request open, and never cleared (GDPR art. 12(3)). */
  @Column(name = "was_overdue", nullable = false)
  private boolean wasOverdue;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected PrivacyRequest() {}

  public PrivacyRequest(String reference, RequestType type, RequestStatus status, Channel channel,
      SubjectKind subjectKind, String subjectRef, String locale, Instant receivedAt,
      LocalDate dueDate, Instant createdAt) {
    this.reference = reference;
    this.type = type;
    this.status = status;
    this.channel = channel;
    this.subjectKind = subjectKind;
    this.subjectRef = subjectRef;
    this.locale = locale;
    this.receivedAt = receivedAt;
    this.dueDate = dueDate;
    this.originalDueDate = dueDate;
    this.createdAt = createdAt;
  }

  public boolean isExtended() {
    return extensionReason != null;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  /** Open and past its due date, as seen on {@code today} in the deployment's time zone. */
  public boolean isOverdue(LocalDate today) {
    return isOpen() && today.isAfter(dueDate);
  }

  /**
   * Its deadline was missed, now or at any time before: open past its due date, or recorded as
   * such once (a missed deadline stays missed, whatever happens to the request after).
   */
  public boolean isLate(LocalDate today) {
    return wasOverdue || isOverdue(today);
  }

  /** Records a missed deadline if {@code today} is past the due date and the request is open. */
  public void noteIfOverdue(LocalDate today) {
    if (isOverdue(today)) {
      wasOverdue = true;
    }
  }

  public boolean isWasOverdue() {
    return wasOverdue;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public RequestType getType() {
    return type;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public Channel getChannel() {
    return channel;
  }

  public SubjectKind getSubjectKind() {
    return subjectKind;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Long getSubjectUserId() {
    return subjectUserId;
  }

  public void setSubjectUserId(Long subjectUserId) {
    this.subjectUserId = subjectUserId;
  }

  public Long getSubjectCandidateId() {
    return subjectCandidateId;
  }

  public void setSubjectCandidateId(Long subjectCandidateId) {
    this.subjectCandidateId = subjectCandidateId;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public String getSubjectEmail() {
    return subjectEmail;
  }

  public void setSubjectEmail(String subjectEmail) {
    this.subjectEmail = subjectEmail;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public void setSubjectName(String subjectName) {
    this.subjectName = subjectName;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public ObjectedProcessing getObjectionProcessing() {
    return objectionProcessing;
  }

  public void setObjectionProcessing(ObjectedProcessing objectionProcessing) {
    this.objectionProcessing = objectionProcessing;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalDate getOriginalDueDate() {
    return originalDueDate;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public Long getAssignedTo() {
    return assignedTo;
  }

  public void setAssignedTo(Long assignedTo) {
    this.assignedTo = assignedTo;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public void setRejectionReason(String rejectionReason) {
    this.rejectionReason = rejectionReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public Instant getReminded7At() {
    return reminded7At;
  }

  public void setReminded7At(Instant reminded7At) {
    this.reminded7At = reminded7At;
  }

  public Instant getReminded2At() {
    return reminded2At;
  }

  public void setReminded2At(Instant reminded2At) {
    this.reminded2At = reminded2At;
  }

  public Instant getOverdueNotifiedAt() {
    return overdueNotifiedAt;
  }

  public void setOverdueNotifiedAt(Instant overdueNotifiedAt) {
    this.overdueNotifiedAt = overdueNotifiedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}
