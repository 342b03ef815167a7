package com.genuka.privacy.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.audit.entity.AuditEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

  private static final Instant AT = Instant.parse("2026-03-03T10:15:30.123456Z");

  private static AuditEvent row(long id, String summary, String prev) {
    String hash = AuditHashing.hash(id, AT, "actor", "ADMIN", "REQUEST_VERIFIED", "subject", 7L, "request", "42", summary, null, prev);
    return new AuditEvent(id, AuditHashing.truncate(AT), "actor", "ADMIN", "REQUEST_VERIFIED", "subject", 7L,
        "request", "42", summary, null, prev, hash);
  }

  @Test
  void aSoundChainHasNoProblem() {
    AuditEvent first = row(1, "verified", AuditHashing.GENESIS);
    AuditEvent second = row(2, "assigned", first.getHash());
    assertNull(AuditHashing.problem(first, 1, AuditHashing.GENESIS));
    assertNull(AuditHashing.problem(second, 2, first.getHash()));
  }

  @Test
  void namesAnAlteredRow() {
    AuditEvent honest = row(1, "verified", AuditHashing.GENESIS);
    AuditEvent altered = new AuditEvent(1L, honest.getOccurredAt(), "actor", "ADMIN", "REQUEST_VERIFIED", "subject", 7L,
        "request", "42", "rejected", null, AuditHashing.GENESIS, honest.getHash());
    assertEquals("row 1 was altered", AuditHashing.problem(altered, 1, AuditHashing.GENESIS));
  }

  @Test
  void namesAMissingOrReorderedRow() {
    AuditEvent first = row(1, "a", AuditHashing.GENESIS);
    AuditEvent third = row(3, "c", "f".repeat(64));
    assertEquals("row 2 is missing (next row is 3)", AuditHashing.problem(third, 2, first.getHash()));
    AuditEvent second = row(2, "b", "e".repeat(64));
    assertEquals("row 2 does not follow the row before it", AuditHashing.problem(second, 2, first.getHash()));
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    String a = AuditHashing.hash(1, AT, "ab", "c", "x", null, null, null, null, null, null, AuditHashing.GENESIS);
    String b = AuditHashing.hash(1, AT, "a", "bc", "x", null, null, null, null, null, null, AuditHashing.GENESIS);
    assertNotEquals(a, b);
  }

  @Test
  void sealedDetailsOpenWithTheirKeyOnly() {
    String key = Sealer.newKey();
    String sealed = Sealer.seal("old phone +237699123456", key);
    assertTrue(!sealed.contains("699123456"));
    assertEquals("old phone +237699123456", Sealer.open(sealed, key));
    assertThrows(IllegalStateException.class, () -> Sealer.open(sealed, Sealer.newKey()));
  }
}
