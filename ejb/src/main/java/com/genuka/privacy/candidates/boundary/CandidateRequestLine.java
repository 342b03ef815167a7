package com.genuka.privacy.candidates.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate's privacy request, as HR sees it beside the admins' queue.
 *
 * @param hrAction what HR can do now: CARRY_OUT (an erasure an admin has started, no engine takes
 *     it), ENGINE (started, and the erasure engine carries it out), AWAIT_START (an erasure waiting
 *     for an admin to start it), or null
 * @param objection for an objection, what it objects to (ObjectedProcessing, or NOT_STATED)
 */
public record CandidateRequestLine(long id, String reference, String type, String status, Instant receivedAt,
    LocalDate dueDate, boolean overdue, boolean open, Long candidateId, String subjectName, String hrAction,
    String objection) {}
