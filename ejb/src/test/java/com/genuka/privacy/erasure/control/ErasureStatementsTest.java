package com.genuka.privacy.erasure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.genuka.privacy.export.control.H2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erasure's SQL on the embedded database of the default run (the integration tests run it on
 * PostgreSQL): each statement touches the person's rows only, batches stop at their size, and
 * invoices are pseudonymised, not deleted.
 */
class ErasureStatementsTest {

  @Test
  void eachStepTouchesThePersonsRowsOnly() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé Kamga", "+237 699", 12);
      long[] other = H2.person(c, "other@example.org", "Other", null, 5);
      H2.update(c, "INSERT INTO event_registration (user_id, event_name, event_date, full_name, email, registered_at)"
          + " VALUES (NULL, 'Old', ?, 'Zoé', 'ZOE@example.org', ?)", LocalDate.of(2024, 1, 1), Instant.now());
      H2.insert(c, "INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at, last_contact_at,"
          + " created_at) VALUES ('c', 'Zoé', 'zoe@example.org', 'Dev', 'REJECTED', ?, ?, ?)", Instant.now(), Instant.now(), Instant.now());
      String email = "zoe@example.org";
      for (String step : List.of("SESSIONS", "BROWSER_LOG", "RECORDINGS", "CONSENTS", "EVENTS", "CANDIDATE")) {
        run(c, ErasureStatements.BATCHES.get(step).sql(), ErasureStatements.params(step, me[1], email, "ref", -1));
      }
      assertEquals(0, H2.count(c, "SELECT COUNT(*) FROM browser_log WHERE user_id = ?", me[1]));
      assertEquals(5, H2.count(c, "SELECT COUNT(*) FROM browser_log WHERE user_id = ?", other[1]));
      assertEquals(0, H2.count(c, "SELECT COUNT(*) FROM event_registration WHERE LOWER(email) = ?", email));
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM event_registration WHERE user_id = ?", other[1]));
      assertEquals(0, H2.count(c, "SELECT COUNT(*) FROM candidate"));
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM consent_record"));

      assertEquals(LocalDate.of(2036, 2, 1), queryDate(c, ErasureStatements.INVOICES_HOLD_UNTIL, me[1], email, email));
      assertEquals(1, run(c, ErasureStatements.INVOICES_PSEUDONYMISE, "pseudonym-x", "pseudonym-x@pseudonymised.invalid",
          me[1], email, email));
      assertEquals(0, run(c, ErasureStatements.INVOICES_PSEUDONYMISE, "pseudonym-x", "x", me[1], email, email), "once only");
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM invoice WHERE pseudonymised = TRUE AND user_id IS NULL"
          + " AND billing_address IS NULL AND billing_name = 'pseudonym-x'"));
      assertEquals(1, run(c, ErasureStatements.DELETE_ACCOUNT, me[1]));
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM user_account"));
    }
  }

  @Test
  void aBatchStopsAtItsSize() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé", null, 0);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO browser_log (user_id, visited_at, ip_address) VALUES (?, ?, '10.0.0.1')")) {
        for (int i = 0; i < ErasureStatements.BATCH + 10; i++) {
          p.setLong(1, me[1]);
          p.setTimestamp(2, java.sql.Timestamp.from(Instant.now()));
          p.addBatch();
        }
        p.executeBatch();
      }
      String sql = ErasureStatements.BATCHES.get("BROWSER_LOG").sql();
      assertEquals(ErasureStatements.BATCH, run(c, sql, me[1]));
      assertEquals(10, run(c, sql, me[1]));
      assertEquals(0, run(c, sql, me[1]));
    }
  }

  @Test
  void theOtherRequestsLoseTheirContactDetailsButTheCurrentOneKeepsThemUntilTheEnd() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé", null, 0);
      long older = request(c, me[1], "ACCESS");
      long current = request(c, me[1], "ERASURE");
      Object[] subject = {me[1], "ref", "zoe@example.org", "zoe@example.org"};
      assertEquals(1, run(c, ErasureStatements.SCRUB_OTHER_REQUESTS, me[1], "ref", "zoe@example.org", "zoe@example.org", current));
      run(c, ErasureStatements.SCRUB_CURRENT_DETAILS, current);
      run(c, ErasureStatements.SCRUB_NOTES, subject);
      assertEquals(0, H2.count(c, "SELECT COUNT(*) FROM privacy_request WHERE id = ? AND subject_email IS NOT NULL", older));
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM privacy_request WHERE id = ? AND subject_email IS NOT NULL"
          + " AND details IS NULL", current));
      assertEquals(0, H2.count(c, "SELECT COUNT(*) FROM request_event WHERE note IS NOT NULL"));
    }
  }

  /** Issue 10, item 2: the erasure finds the person's other open requests to close, and keeps the workflow's own notes. */
  @Test
  void theOtherOpenRequestsAreFoundAndTheWorkflowsOwnNotesStay() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé", null, 0);
      long[] other = H2.person(c, "other@example.org", "Other", null, 0);
      long open = request(c, me[1], "ACCESS");
      long done = request(c, me[1], "RECTIFICATION");
      H2.update(c, "UPDATE privacy_request SET status = 'COMPLETED' WHERE id = ?", done);
      long current = request(c, me[1], "ERASURE");
      long someoneElse = H2.insert(c, "INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
          + " subject_user_id, subject_email, locale, received_at, due_date, original_due_date, created_at)"
          + " VALUES ('R-X', 'ACCESS', 'VERIFIED', 'PORTAL', 'CUSTOMER', 'other-ref', ?, 'other@example.org', 'fr', ?, ?, ?, ?)",
          other[1], Instant.now(), LocalDate.now(), LocalDate.now(), Instant.now());
      H2.update(c, "INSERT INTO request_event (request_id, occurred_at, actor_kind, action, note) VALUES (?, ?, 'SYSTEM',"
          + " 'REJECTED', 'history.note.closedByErasure R-ERASURE')", open, Instant.now());
      try (PreparedStatement p = c.prepareStatement(ErasureStatements.OPEN_OTHER_REQUESTS)) {
        Object[] params = {me[1], "ref", "zoe@example.org", "zoe@example.org", current};
        for (int i = 0; i < params.length; i++) {
          p.setObject(i + 1, params[i]);
        }
        List<Long> found = new java.util.ArrayList<>();
        try (var rs = p.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getLong(1));
          }
        }
        assertEquals(List.of(open), found, "open, the person's, not the current one; not " + someoneElse);
      }
      run(c, ErasureStatements.SCRUB_NOTES, me[1], "ref", "zoe@example.org", "zoe@example.org");
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM request_event WHERE note IS NOT NULL"));
      assertEquals(1, H2.count(c, "SELECT COUNT(*) FROM request_event WHERE note = 'history.note.closedByErasure R-ERASURE'"));
    }
  }

  private static long request(Connection c, long user, String type) throws Exception {
    long id = H2.insert(c, "INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
        + " subject_user_id, subject_email, subject_name, locale, details, received_at, due_date, original_due_date, created_at)"
        + " VALUES (?, ?, 'IN_PROGRESS', 'PORTAL', 'CUSTOMER', 'ref', ?, 'zoe@example.org', 'Zoé', 'fr', 'erase me', ?, ?, ?, ?)",
        "R-" + type, type, user, Instant.now(), LocalDate.now(), LocalDate.now(), Instant.now());
    H2.update(c, "INSERT INTO request_event (request_id, occurred_at, actor_kind, action, note) VALUES (?, ?, 'ADMIN', 'EXTENDED', 'Zoé asked')",
        id, Instant.now());
    return id;
  }

  private static int run(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      return p.executeUpdate();
    }
  }

  private static LocalDate queryDate(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (var rs = p.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }
}
