package com.genuka.privacy.audit.control;

import com.genuka.privacy.audit.entity.AuditEvent;
import com.genuka.privacy.platform.control.Hashing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The rule that chains audit rows: each row's hash is the SHA-256 of its own fields and of the
 * previous row's hash. Changing, removing or reordering any row breaks every hash after it.
 * Plain Java, shared by the appender, the admin page and the command-line verifier.
 */
public final class AuditHashing {

  public static final String GENESIS = "0".repeat(64);

  private AuditHashing() {}

  /** Instants are stored to the millisecond so that what is hashed is what the database keeps. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public static String hash(long id, Instant occurredAt, String actorRef, String actorRole,
      String action, String subjectRef, Long tenantId, String targetType, String targetId,
      String summary, String sealed, String prevHash) {
    StringBuilder s = new StringBuilder(256);
    field(s, Long.toString(id));
    field(s, Long.toString(truncate(occurredAt).toEpochMilli()));
    field(s, actorRef);
    field(s, actorRole);
    field(s, action);
    field(s, subjectRef);
    field(s, tenantId == null ? null : tenantId.toString());
    field(s, targetType);
    field(s, targetId);
    field(s, summary);
    field(s, sealed);
    field(s, prevHash);
    return Hashing.sha256Hex(s.toString());
  }

  public static String hashOf(AuditEvent e) {
    return hash(e.getId(), e.getOccurredAt(), e.getActorRef(), e.getActorRole(), e.getAction(),
        e.getSubjectRef(), e.getTenantId(), e.getTargetType(), e.getTargetId(), e.getSummary(),
        e.getSealed(), e.getPrevHash());
  }

  /** Length-prefixed so that no two different rows can produce the same text. */
  private static void field(StringBuilder s, String value) {
    if (value == null) {
      s.append("-1:;");
    } else {
      s.append(value.length()).append(':').append(value).append(';');
    }
  }

  /** Checks one row against its predecessor's hash; returns the problem, or null when sound. */
  public static String problem(AuditEvent row, long expectedId, String expectedPrevHash) {
    if (row.getId() != expectedId) {
      return "row " + expectedId + " is missing (next row is " + row.getId() + ")";
    }
    if (!Objects.equals(row.getPrevHash(), expectedPrevHash)) {
      return "row " + row.getId() + " does not follow the row before it";
    }
    if (!Objects.equals(hashOf(row), row.getHash())) {
      return "row " + row.getId() + " was altered";
    }
    return null;
  }
}
