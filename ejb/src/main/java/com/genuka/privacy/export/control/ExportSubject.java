package com.genuka.privacy.export.control;

/**
 * Whose data an access copy holds: an account, a candidate file, or only an e-mail address (a
 * visitor), with the pseudonymous reference their requests and audit rows carry.
 */
public record ExportSubject(Long userId, Long candidateId, String subjectRef, String email) {

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
