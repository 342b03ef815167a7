package com.genuka.privacy.candidates.boundary;

import java.time.Instant;

/** A stored CV or cover letter, without its bytes. */
public record DocumentInfo(long id, long candidateId, String kind, String fileName, String contentType,
    int sizeBytes, Instant uploadedAt) {

  public String getSizeKb() {
    return Long.toString(Math.max(1, Math.round(sizeBytes / 1024.0)));
  }
}
