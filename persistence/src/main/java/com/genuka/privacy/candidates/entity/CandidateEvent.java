package com.genuka.privacy.candidates.entity;

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

/** A dated step of an application (state change, contact, document), deleted with the candidate. */
@Entity
@Table(name = "candidate_event")
@NamedQuery(
    name = "CandidateEvent.findByCandidate",
    query = "SELECT e FROM CandidateEvent e WHERE e.candidateId = :candidateId ORDER BY e.occurredAt, e.id")
public class CandidateEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "candidate_id", nullable = false, updatable = false)
  private Long candidateId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 30, updatable = false)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20, updatable = false)
  private CandidateState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", length = 20, updatable = false)
  private CandidateState toState;

  @Column(name = "actor_user_id", updatable = false)
  private Long actorUserId;

  @Column(length = 500, updatable = false)
  private String note;

  protected CandidateEvent() {}

  public CandidateEvent(Long candidateId, Instant occurredAt, String kind, CandidateState fromState,
      CandidateState toState, Long actorUserId) {
    this.candidateId = candidateId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.fromState = fromState;
    this.toState = toState;
    this.actorUserId = actorUserId;
  }

  public CandidateEvent(Long candidateId, Instant occurredAt, String kind, CandidateState fromState,
      CandidateState toState, Long actorUserId, String note) {
    this(candidateId, occurredAt, kind, fromState, toState, actorUserId);
    this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getKind() {
    return kind;
  }

  public CandidateState getFromState() {
    return fromState;
  }

  public CandidateState getToState() {
    return toState;
  }

  public Long getActorUserId() {
    return actorUserId;
  }

  public String getNote() {
    return note;
  }
}
