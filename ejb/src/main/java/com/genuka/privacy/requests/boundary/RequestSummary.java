package com.genuka.privacy.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a request list, with how many days are left before it is due; {@code overdue} is an
 * open request whose deadline is (or was once) missed.
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
    /** Its deadline was missed at some point: open past it, once recorded as missed, or closed after it. */
    boolean late,
    /** For an objection, what it objects to (an ObjectedProcessing, or NOT_STATED); null for other types. */
    String objection) {}
