package com.genuka.privacy.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A request with its whole history and what can be done with it next.
 *
 * @param objection for an objection, what it objects to (an ObjectedProcessing, or NOT_STATED when
 *     filed before the choice existed); null for other types
 */
public record RequestDetail(
    long id,
    String reference,
    String type,
    String status,
    String channel,
    String subjectKind,
    String subjectName,
    String subjectEmail,
    String locale,
    String details,
    Instant receivedAt,
    LocalDate dueDate,
    LocalDate originalDueDate,
    LocalDate latestExtendedDueDate,
    String extensionReason,
    Long assignedTo,
    String assigneeName,
    String rejectionReason,
    Instant closedAt,
    int version,
    long daysLeft,
    boolean overdue,
    boolean open,
    Set<String> nextStatuses,
    List<Event> history,
    /** Its deadline was missed at some point, even if it was closed or is no longer past due. */
    boolean late,
    /** The original due date has not passed: an extension may still be told in time (GDPR art. 12(3)). */
    boolean extensionInTime,
    /** The engine job carrying the request out, while it is not finished; null when none holds it. */
    Engine engine,
    /** For an objection, what it objects to (an ObjectedProcessing, or NOT_STATED); null for other types. */
    String objection) {

  public boolean isExtended() {
    return extensionReason != null;
  }

  public boolean canExtend() {
    return open && extensionReason == null && extensionInTime;
  }

  public boolean can(String status) {
    return nextStatuses.contains(status);
  }

  /** A person may mark it handled: the state machine allows it and no engine job holds it. */
  public boolean canComplete() {
    return can("COMPLETED") && engine == null;
  }

  /** A person may reject it: the state machine allows it and no engine job is queued or running. */
  public boolean canReject() {
    return can("REJECTED") && (engine == null || !engine.active());
  }

  /**
   * An engine's job for the request: {@code ERASURE} (done and total count steps) or {@code
   * EXPORT} (done is the percentage written); its status QUEUED, RUNNING or FAILED.
   */
  public record Engine(String kind, String status, boolean active, int done, int total) {}

  /** One step of the history. */
  public record Event(Instant occurredAt, String actorKind, String actorName, String action,
      String fromStatus, String toStatus, String note) {}
}
