package com.genuka.privacy.erasure.control;

import java.util.Map;

/**
 * The SQL of erasure, in one place so that a unit test runs it on the embedded database and the
 * integration tests on PostgreSQL: portable statements, set-based and batched. A batched step
 * deletes at most {@link #BATCH} rows per transaction ({@code DELETE … WHERE id IN (SELECT id …
 * LIMIT n)}) and is done when a batch deletes fewer.
 */
public final class ErasureStatements {

  public static final int BATCH = 5_000;

  /** A person's own requests, by account, pseudonymous reference or e-mail (parameters: user, ref, email, email). */
  public static final String SUBJECT_REQUESTS = "SELECT id FROM privacy_request WHERE subject_user_id = ?"
      + " OR subject_ref = ? OR (? <> '' AND LOWER(subject_email) = ?)";

  /** The rows a batched step deletes: table and condition. */
  public record Batch(String table, String where) {
    public String sql() {
      return deleteBatch(table, where);
    }
  }

  /**
   * Batched deletions by step. Parameters, in order, are those of {@link #params}: the account id
   * (or -1), the lower-case e-mail (or ''), the pseudonymous reference, the candidate id (or -1).
   */
  public static final Map<String, Batch> BATCHES = Map.of(
      "SESSIONS", new Batch("server_session", "user_id = ?"),
      "BROWSER_LOG", new Batch("browser_log", "user_id = ?"),
      "RECORDINGS", new Batch("session_recording", "user_id = ?"),
      "CONSENTS", new Batch("consent_record", "user_id = ?"),
      "EVENTS", new Batch("event_registration", "user_id = ? OR (user_id IS NULL AND ? <> '' AND LOWER(email) = ?)"),
      "CANDIDATE", new Batch("candidate", "id = ? OR (? <> '' AND LOWER(email) = ?)"),
      "MAIL", new Batch("outbox_message", "subject_ref = ? OR (? <> '' AND LOWER(recipient) = ?)"
          + " OR request_id IN (" + SUBJECT_REQUESTS + ")"));

  public static Object[] params(String step, long user, String email, String ref, long candidate) {
    return switch (step) {
      case "EVENTS" -> new Object[] {user, email, email};
      case "CANDIDATE" -> new Object[] {candidate, email, email};
      case "MAIL" -> new Object[] {ref, email, email, user, ref, email, email};
      default -> new Object[] {user};
    };
  }

  /** Hired candidates are under the employment legal hold (R-T2): parameters candidate, email, email. */
  public static final String HELD_CANDIDATES = "SELECT COUNT(*) FROM candidate WHERE (id = ? OR (? <> '' AND LOWER(email) = ?))"
      + " AND state = 'HIRED'";

  /** A person's invoices not yet pseudonymised: parameters user, email, email. */
  static final String INVOICES = "(user_id = ? OR (? <> '' AND LOWER(billing_email) = ?)) AND pseudonymised = FALSE";
  public static final String INVOICES_HOLD_UNTIL = "SELECT MAX(legal_hold_until) FROM invoice WHERE " + INVOICES;
  /** The earliest end of those invoices' holds: the receipt gives the range. */
  public static final String INVOICES_HOLD_FROM = "SELECT MIN(legal_hold_until) FROM invoice WHERE " + INVOICES;
  public static final String INVOICES_COUNTRIES = "SELECT DISTINCT billing_country FROM invoice WHERE " + INVOICES;
  /** Parameters: pseudonym, pseudonymous e-mail, user, email, email. */
  public static final String INVOICES_PSEUDONYMISE = "UPDATE invoice SET billing_name = ?, billing_email = ?,"
      + " billing_address = NULL, user_id = NULL, pseudonymised = TRUE WHERE id IN (SELECT id FROM invoice WHERE "
      + INVOICES + " LIMIT " + BATCH + ")";

  /** The payment processors of a person's invoices, pseudonymised or not: parameters pseudonymous e-mail, user, email, email. */
  public static final String PAYMENT_PROCESSORS = "SELECT DISTINCT payment_processor FROM invoice WHERE billing_email = ?"
      + " OR user_id = ? OR (? <> '' AND LOWER(billing_email) = ?)";

  /** The person's other requests lose their contact details and texts: parameters user, ref, email, email, current. */
  public static final String SCRUB_OTHER_REQUESTS = "UPDATE privacy_request SET subject_email = NULL, subject_name = NULL,"
      + " details = NULL, extension_reason = NULL, rejection_reason = NULL WHERE id IN (" + SUBJECT_REQUESTS + ") AND id <> ?";
  public static final String SCRUB_CURRENT_DETAILS = "UPDATE privacy_request SET details = NULL WHERE id = ?";
  /** Notes written about the person go; the workflow's own notes (message keys, naming no one) stay. */
  public static final String SCRUB_NOTES = "UPDATE request_event SET note = NULL WHERE request_id IN (" + SUBJECT_REQUESTS
      + ") AND note NOT LIKE 'history.note.%'";
  /** The person's other requests still open: parameters user, ref, email, email, current. */
  public static final String OPEN_OTHER_REQUESTS = "SELECT id FROM privacy_request WHERE id IN (" + SUBJECT_REQUESTS
      + ") AND id <> ? AND status IN ('SUBMITTED', 'IDENTITY_PENDING', 'VERIFIED', 'IN_PROGRESS') ORDER BY id";
  public static final String DELETE_TOKENS = "DELETE FROM access_token WHERE request_id IN (" + SUBJECT_REQUESTS
      + ") AND request_id <> ?";

  public static final String DELETE_ACCOUNT = "DELETE FROM user_account WHERE id = ?";
  public static final String COUNT_AUDIT_ROWS = "SELECT COUNT(*) FROM audit_event WHERE subject_ref = ?";

  /** Delivered (or abandoned) mails about an erased person: parameters ref, request. */
  public static final String DELETE_DELIVERED_MAIL = "DELETE FROM outbox_message WHERE (subject_ref = ? OR request_id = ?)"
      + " AND status <> 'PENDING'";
  public static final String COUNT_MAIL_LEFT = "SELECT COUNT(*) FROM outbox_message WHERE subject_ref = ? OR request_id = ?";

  private ErasureStatements() {}

  public static String deleteBatch(String table, String where) {
    return "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE " + where + " LIMIT " + BATCH + ")";
  }
}
