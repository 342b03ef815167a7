package com.genuka.privacy.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a request list, with how many days are left before it is due.
 *
 * @param objection for an objection, what it objects to (an ObjectedProcessing, or NOT_STATED when
 *     filed before the choice existed); null for other types
 */
public record RequestSummary(
    long id,
    String reference,
    String type,
    String status,
    String channel,
    String subjectKind,
    String subjectName,
    Instant receivedAt,
    LocalDate dueDate,
    long daysLeft,
    boolean overdue,
    boolean extended,
    String assigneeName,
    String objection) {}
