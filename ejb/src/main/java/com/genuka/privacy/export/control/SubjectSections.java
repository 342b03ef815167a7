package com.genuka.privacy.export.control;

import com.genuka.privacy.requests.entity.RequestEvent;
import java.util.List;

/**
 * Every category held about a person, as the queries that read it: one file pair (JSON and CSV)
 * per section. Each query selects the person's rows only, by account, candidate file or verified
 * e-mail, and never the columns that are secrets rather than data about them (password hash,
 * session and unsubscribe tokens); time-limited rows only while their rule still holds them.
 */
public final class SubjectSections {

  /** One file pair of an access copy: {@code <folder>/<file>.json} and {@code .csv}. */
  public record Section(String category, String folder, String file, String sql, Object... params) {
    public String base() {
      return folder + "/" + file;
    }
  }

  /** Categories in the order of the summary; REQ and AUDIT are the person's requests and audit trail. */
  public static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C5", "C7", "C8", "REQ", "AUDIT");

  private SubjectSections() {}

  public static List<Section> of(ExportSubject s) {
    return of(s, "fr");
  }

  /**
   * The sections of a copy written in {@code language}: the audit trail's rows say what happened
   * in that language ({@code description}, from the action), beside the technical record as stored.
   */
  public static List<Section> of(ExportSubject s, String language) {
    long user = s.userKey();
    long candidate = s.candidateKey();
    String email = s.emailKey();
    String ref = s.subjectRef() == null ? "" : s.subjectRef();
    ExportSubject.Held held = s.held();
    String candidates = "(c.id = ? OR (? <> '' AND LOWER(c.email) = ?))";
    String requests = "(r.subject_user_id = ? OR r.subject_ref = ? OR (? <> '' AND LOWER(r.subject_email) = ?))";
    return List.of(
        new Section("C1", "C1_account", "account",
            "SELECT u.full_name, u.email, u.phone, u.address_line1, u.address_line2, u.postal_code, u.city,"
                + " u.country, u.locale AS language, t.name AS company_name, t.plan AS company_plan,"
                + " u.tenant_admin AS company_administrator, u.status, u.created_at, u.last_login_at"
                + " FROM user_account u LEFT JOIN tenant t ON t.id = u.tenant_id WHERE u.id = ?", user),
        new Section("C1", "C1_account", "consents",
            "SELECT c.purpose, c.granted, c.recorded_at, c.method, p.effective_date AS policy_version"
                + " FROM consent_record c JOIN policy_version p ON p.id = c.policy_version_id"
                + " WHERE c.user_id = ? ORDER BY c.recorded_at, c.id", user),
        new Section("C2", "C2_candidate", "application",
            "SELECT c.full_name, c.email, c.phone, c.position, c.state, c.locale AS language, c.applied_at,"
                + " c.last_contact_at, c.notes, c.cover_letter_text, c.talent_pool_consent,"
                + " c.objected_to_retention, c.home_address, c.date_of_birth, c.id_document_number,"
                + " c.bank_iban, c.employment_country, c.contract_start, c.contract_end"
                + " FROM candidate c WHERE " + candidates + " ORDER BY c.applied_at, c.id",
            candidate, email, email),
        new Section("C2", "C2_candidate", "history",
            "SELECT e.occurred_at, e.kind, e.from_state, e.to_state FROM candidate_event e"
                + " JOIN candidate c ON c.id = e.candidate_id WHERE " + candidates
                + " ORDER BY e.occurred_at, e.id", candidate, email, email),
        new Section("C2", "C2_candidate", "documents",
            "SELECT d.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.uploaded_at"
                + " FROM candidate_document d JOIN candidate c ON c.id = d.candidate_id WHERE " + candidates
                + " ORDER BY d.id", candidate, email, email),
        new Section("C3", "C3_browser", "browser_log",
            "SELECT visited_at, ip_address, browser, platform, referrer, language, country, path"
                + " FROM browser_log WHERE user_id = ? AND visited_at >= ? ORDER BY visited_at", user, held.visitsFrom()),
        new Section("C3", "C3_browser", "sessions",
            "SELECT created_at, last_activity_at, ip_address, user_agent FROM server_session"
                + " WHERE user_id = ? AND last_activity_at >= ? AND created_at >= ? ORDER BY created_at, id", user,
                held.sessionsActiveFrom(), held.sessionsOpenedFrom()),
        new Section("C5", "C5_recordings", "recordings",
            "SELECT recorded_at, duration_seconds, page_count, masked_fields, storage_key"
                + " FROM session_recording WHERE user_id = ? AND recorded_at >= ? ORDER BY recorded_at, id", user,
                held.recordingsFrom()),
        new Section("C7", "C7_billing", "invoices",
            "SELECT number, issued_on, amount_cents, currency, description, billing_name, billing_company,"
                + " billing_email, billing_address, billing_country, payment_processor, processor_reference,"
                + " legal_hold_until FROM invoice WHERE user_id = ? AND legal_hold_until > ?"
                + " ORDER BY issued_on, id", user, held.today()),
        new Section("C8", "C8_events", "registrations",
            "SELECT event_name, event_date, co_organiser, full_name, email, phone, company,"
                + " share_with_partners, registered_at FROM event_registration"
                + " WHERE user_id = ? OR (user_id IS NULL AND ? <> '' AND LOWER(email) = ?)"
                + " ORDER BY registered_at, id", user, email, email),
        new Section("REQ", "requests", "requests",
            "SELECT r.reference, r.type, r.objection_processing, r.status, r.channel, r.received_at, r.due_date,"
                + " r.original_due_date, r.details, r.extension_reason, r.rejection_reason, r.closed_at FROM privacy_request r"
                + " WHERE " + requests + " ORDER BY r.received_at, r.id", user, ref, email, email),
        new Section("REQ", "requests", "request_history",
            "SELECT r.reference, e.occurred_at, e.actor_kind, e.action, e.from_status, e.to_status,"
                + " CASE WHEN e.actor_kind = 'ADMIN' AND e.action IN ('"
                + String.join("', '", RequestEvent.NOTES_FOR_THE_SUBJECT) + "') THEN e.note END AS note"
                + " FROM request_event e JOIN privacy_request r ON r.id = e.request_id WHERE " + requests
                + " ORDER BY e.occurred_at, e.id", user, ref, email, email),
        new Section("AUDIT", "audit", "audit_trail",
            "SELECT occurred_at, action, " + describedAction(language) + " AS description, target_type, summary"
                + " FROM audit_event WHERE subject_ref = ?"
                + " ORDER BY id", ref));
  }

  /** The payment processors the person's invoices went through: parameter user. */
  public static String paymentProcessorsQuery() {
    return "SELECT DISTINCT payment_processor FROM invoice WHERE user_id = ?";
  }

  /**
   * The person's event registrations passed on with their agreement (to the co-organiser, if any,
   * and the sponsors): parameters user, email, email.
   */
  public static String sharedEventsQuery() {
    return "SELECT event_name, event_date, co_organiser FROM event_registration"
        + " WHERE (user_id = ? OR (user_id IS NULL AND ? <> '' AND LOWER(email) = ?)) AND share_with_partners = TRUE"
        + " ORDER BY event_date, event_name";
  }

  /** Each action's sentence in the copy's language, as a CASE over the action code (the code itself if unknown). */
  static String describedAction(String language) {
    StringBuilder sql = new StringBuilder("CASE action");
    for (String action : new java.util.TreeSet<>(com.genuka.privacy.audit.control.AuditTexts.actions())) {
      sql.append(" WHEN '").append(action.replace("'", "''")).append("' THEN '")
          .append(com.genuka.privacy.audit.control.AuditTexts.describe(action, language).replace("'", "''")).append('\'');
    }
    return sql.append(" ELSE action END").toString();
  }

  /** The candidate documents themselves (CV, cover letter), copied into the archive as they are. */
  public static String documentsQuery() {
    return "SELECT d.id, d.file_name, d.content FROM candidate_document d JOIN candidate c"
        + " ON c.id = d.candidate_id WHERE (c.id = ? OR (? <> '' AND LOWER(c.email) = ?)) ORDER BY d.id";
  }
}
