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
    String objection) {

  public boolean isExtended() {
    return extensionReason != null;
  }

  public boolean canExtend() {
    return open && extensionReason == null;
  }

  public boolean can(String status) {
    return nextStatuses.contains(status);
  }

  /** One step of the history. */
  public record Event(Instant occurredAt, String actorKind, String actorName, String action,
      String fromStatus, String toStatus, String note) {}
}
