package com.genuka.privacy.erasure.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An erasure job as the admin page shows it, with its steps and the notices it recorded. */
public record JobView(
    long id,
    String kind,
    long requestId,
    String requestReference,
    String status,
    int attempts,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String lastError,
    int stepsDone,
    int stepsTotal,
    List<Step> steps,
    List<Notice> notices) {

  public boolean isFailed() {
    return "FAILED".equals(status);
  }

  public int progressPct() {
    return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
  }

  /** One step. */
  public record Step(String code, String category, String status, String outcome, long rows, LocalDate keptUntil,
      String detail, Instant doneAt) {}

  /** A notice to a sub-processor (GDPR art. 19). */
  public record Notice(String provider, String categories, Instant recordedAt) {}
}
