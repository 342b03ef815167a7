package com.genuka.privacy.erasure.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A request in progress of a type an engine carries out, which no engine holds yet. */
public record AwaitingRequest(long id, String reference, String type, Instant receivedAt, LocalDate dueDate) {}
