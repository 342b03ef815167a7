package com.genuka.privacy.export.boundary;

import java.time.Instant;

/**
 * An export file as a page shows it: its request, where its generation stands and, once ready,
 * until when it can be downloaded and at which address (only for someone allowed to).
 */
public record ExportView(
    long id,
    long requestId,
    String requestReference,
    String requestType,
    String kind,
    String status,
    int progressPct,
    Long rowsDone,
    Long rowsTotal,
    Long sizeBytes,
    String sha256,
    Instant createdAt,
    Instant readyAt,
    Instant expiresAt,
    String error,
    String downloadPath) {

  public boolean isReady() {
    return "READY".equals(status);
  }

  public boolean isRunning() {
    return "QUEUED".equals(status) || "RUNNING".equals(status);
  }
}
