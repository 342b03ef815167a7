package com.genuka.privacy.candidates.boundary;

import java.time.Instant;

/** A dated step of an application, as HR and the candidate read it. */
public record CandidateStep(Instant occurredAt, String kind, String fromState, String toState, String actorName,
    String note) {}
