package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.genuka.privacy.export.control.H2;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 7, on the embedded database: V62 moves back the last contact that earlier versions
 * pushed when a candidate exercised a right, to her latest exchange about a job; it never moves a
 * date later, nor touches a candidate whose last contact was an exchange about a job.
 */
class LastContactMigrationTest {

  private static final Instant APPLIED = Instant.parse("2024-01-10T09:00:00Z");
  private static final Instant INTERVIEW = Instant.parse("2024-02-01T09:00:00Z");
  private static final Instant CORRECTED = Instant.parse("2025-06-01T09:00:00Z");

  @Test
  void aDatePushedByARightGoesBackToTheLastJobExchange() throws Exception {
    String url = "jdbc:h2:mem:last-contact-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("61").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      long pushed = candidate(c, CORRECTED);
      event(c, pushed, APPLIED, "APPLIED", null);
      event(c, pushed, INTERVIEW, "STATE", null);
      event(c, pushed, CORRECTED, "CONTACT_CORRECTED", "phone");
      long requestOnly = candidate(c, CORRECTED);
      event(c, requestOnly, CORRECTED, "REQUEST", "ERASURE REF-1");
      long pool = candidate(c, CORRECTED);
      event(c, pool, INTERVIEW, "REQUEST", "ACCESS REF-2");
      event(c, pool, CORRECTED, "TALENT_POOL_ANSWERED", "YES");
      long untouched = candidate(c, INTERVIEW);
      event(c, untouched, INTERVIEW, "CONTACT", "PHONE");

      Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

      assertEquals(INTERVIEW, lastContact(c, pushed), "back to the interview step");
      assertEquals(APPLIED, lastContact(c, requestOnly), "no job exchange but the application");
      assertEquals(CORRECTED, lastContact(c, pool), "agreeing to stay in the pool is an exchange about a job");
      assertEquals(INTERVIEW, lastContact(c, untouched));
    }
  }

  private static long candidate(Connection c, Instant lastContact) throws Exception {
    return H2.insert(c, "INSERT INTO candidate (subject_ref, full_name, email, position, state, locale, applied_at,"
        + " last_contact_at, created_at) VALUES (?, 'Migrated Candidate', ?, 'Tester', 'REJECTED', 'fr', ?, ?, ?)",
        UUID.randomUUID().toString(), UUID.randomUUID() + "@example.org", APPLIED, lastContact, APPLIED);
  }

  private static void event(Connection c, long candidate, Instant at, String kind, String note) throws Exception {
    H2.update(c, "INSERT INTO candidate_event (candidate_id, occurred_at, kind, note) VALUES (?,?,?,?)", candidate, at, kind, note);
  }

  private static Instant lastContact(Connection c, long id) throws Exception {
    try (var p = c.prepareStatement("SELECT last_contact_at FROM candidate WHERE id = ?")) {
      p.setLong(1, id);
      try (var rs = p.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1).toInstant();
      }
    }
  }
}
