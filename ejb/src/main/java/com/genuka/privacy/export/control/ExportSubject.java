package com.genuka.privacy.export.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whose data an access copy holds: an account, a candidate file, or only an e-mail address (a
 * visitor), with the pseudonymous reference their requests and audit rows carry, and what the
 * retention rules still hold on the day of the copy ({@code held}): a row past its deletion day is
 * only waiting for the sweep and is not copied as if it were kept.
 */
public record ExportSubject(Long userId, Long candidateId, String subjectRef, String email, Held held) {

  public ExportSubject(Long userId, Long candidateId, String subjectRef, String email) {
    this(userId, candidateId, subjectRef, email, Held.EVERYTHING);
  }

  public ExportSubject {
    held = held == null ? Held.EVERYTHING : held;
  }

  /**
   * The first instant (or day) from which rows are still held under each time-limited rule: visits
   * (R-T3), sessions by last activity and by opening (R-T4), recordings (R-T6); invoices are held
   * while their legal hold ends after {@code today} (R-T8).
   */
  public record Held(Instant visitsFrom, Instant sessionsActiveFrom, Instant sessionsOpenedFrom,
      Instant recordingsFrom, LocalDate today) {

    /** No rule applied: every row is copied. */
    public static final Held EVERYTHING = new Held(Instant.parse("1900-01-01T00:00:00Z"),
        Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("1900-01-01T00:00:00Z"),
        Instant.parse("1900-01-01T00:00:00Z"), LocalDate.of(1900, 1, 1));
  }

  /** The e-mail as the queries compare it; never null so that a comparison is simply false. */
  public String emailKey() {
    return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** An id no row has, for the same reason. */
  public long userKey() {
    return userId == null ? -1 : userId;
  }

  public long candidateKey() {
    return candidateId == null ? -1 : candidateId;
  }
}
