package com.genuka.privacy.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a request list, with how many days are left before it is due. */
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
    /* for an objection, what it objects to (ObjectedProcessing, or NOT_STATED); null otherwise */
    String objection) {}
