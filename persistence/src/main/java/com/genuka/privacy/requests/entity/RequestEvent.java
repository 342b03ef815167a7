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

/** One dated step of a request's history, shown to the subject and to admins. */
@Entity
@Table(name = "request_event")
@NamedQuery(
    name = "RequestEvent.findByRequest",
    query = "SELECT e FROM RequestEvent e WHERE e.requestId = :requestId ORDER BY e.occurredAt, e.id")
public class RequestEvent {

  /**
   * The steps whose note an admin writes for the subject (an extension's reason, a rejection's,
   * what was done); the workflow's other notes (assignments, engine errors, how a request was
   * logged) are for the admins' console only. The portal and the access copy show the same.
   */
  public static final java.util.List<String> NOTES_FOR_THE_SUBJECT = java.util.List.of("EXTENDED", "REJECTED", "COMPLETED");

  /**
   * Steps of the team's own organisation, not of the person's request: which admin handles it.
   * The person's page does not show them (their access copy, which holds everything, does).
   */
  public static final java.util.List<String> INTERNAL_STEPS = java.util.List.of("ASSIGNED");

  /** Whether the subject's page shows this step. */
  public boolean shownToTheSubject() {
    return !INTERNAL_STEPS.contains(action);
  }

  /** Whether the subject reads this step's note. */
  public boolean noteIsForTheSubject() {
    return actorKind == ActorKind.ADMIN && NOTES_FOR_THE_SUBJECT.contains(action);
  }

  /** Who acted. */
  public enum ActorKind {
    SUBJECT,
    ADMIN,
    HR,
    SYSTEM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_user_id", updatable = false)
  private Long actorUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false, length = 20, updatable = false)
  private ActorKind actorKind;

  @Column(nullable = false, length = 30, updatable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, updatable = false)
  private RequestStatus toStatus;

  @Column(length = 2000, updatable = false)
  private String note;

  protected RequestEvent() {}

  public RequestEvent(Long requestId, Instant occurredAt, Long actorUserId, ActorKind actorKind,
      String action, RequestStatus fromStatus, RequestStatus toStatus, String note) {
    this.requestId = requestId;
    this.occurredAt = occurredAt;
    this.actorUserId = actorUserId;
    this.actorKind = actorKind;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getActorUserId() {
    return actorUserId;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public String getAction() {
    return action;
  }

  public RequestStatus getFromStatus() {
    return fromStatus;
  }

  public RequestStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }
}
