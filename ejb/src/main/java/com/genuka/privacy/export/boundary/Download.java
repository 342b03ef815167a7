package com.genuka.privacy.export.boundary;

import java.nio.file.Path;

/** The answer to a download: the file to stream, or why it is refused. */
public record Download(Outcome outcome, Path path, String fileName, String contentType, long size, String sha256) {

  /** Why a download is served or refused. */
  public enum Outcome {
    OK,
    NOT_FOUND,
    FORBIDDEN,
    EXPIRED,
    USED
  }

  public static Download refused(Outcome outcome) {
    return new Download(outcome, null, null, null, 0, null);
  }
}
