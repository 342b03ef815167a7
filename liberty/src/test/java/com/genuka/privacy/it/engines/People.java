package com.genuka.privacy.it.engines;

import com.genuka.privacy.accounts.control.PasswordHasher;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * People and companies of the engines' tests, each with unique names, e-mails and phone numbers
 * (the tests share one database), and data in every category the policy lists.
 */
final class People {

  static final String PASSWORD = "Engines-IT-2026-password";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static String passwordHash;

  private People() {}

  /** A customer: their account, ids and the values the residue scan looks for. */
  record Person(long userId, long tenantId, String subjectRef, String email, String name, String phone, String locale) {}

  static long tenant(String name, String plan, boolean ownDatabase) {
    return Db.insert("INSERT INTO tenant (name, plan, own_database, billing_country, status, created_at, last_used_at)"
        + " VALUES (?, ?, ?, 'FR', 'ACTIVE', ?, ?)", name + " " + letters(5), plan, ownDatabase,
        Instant.now().minus(Duration.ofDays(300)), Instant.now().minus(Duration.ofDays(1)));
  }

  static Person customer(long tenant, boolean tenantAdmin, String locale) {
    String name = "Zoé " + capitalised(letters(9)) + "-" + capitalised(letters(6));
    String email = "engines-" + UUID.randomUUID().toString().substring(0, 13) + "@example.org";
    String phone = "+33 6 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
    String ref = UUID.randomUUID().toString();
    long id = Db.insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, phone,"
            + " address_line1, postal_code, city, country, locale, tenant_admin, status, unsubscribe_token, created_at,"
            + " last_login_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'ACTIVE',?,?,?)",
        ref, tenant, email, hash(), name, phone, digits(2) + " rue des Tests", "69003", "Lyon", "FR", locale,
        tenantAdmin, UUID.randomUUID().toString().replace("-", ""), Instant.now().minus(Duration.ofDays(200)),
        Instant.now().minus(Duration.ofDays(1)));
    Db.update("INSERT INTO user_role (user_id, role) VALUES (?, 'CUSTOMER')", id);
    return new Person(id, tenant, ref, email, name, phone, locale);
  }

  /** Rows in every category: consents, browser log, sessions, recordings, invoices, events, a candidate file. */
  static void fill(Person p, int browserLog) {
    long policy = ((Number) Db.value("SELECT MIN(id) FROM policy_version")).longValue();
    Instant now = Instant.now();
    Db.update("INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
        + " VALUES (?, 'MARKETING', TRUE, ?, 'SIGNUP', ?)", p.userId(), now.minus(Duration.ofDays(200)), policy);
    Db.update("INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
        + " VALUES (?, 'MARKETING', FALSE, ?, 'PORTAL', ?)", p.userId(), now.minus(Duration.ofDays(20)), policy);
    browserLog(p, browserLog);
    for (int i = 0; i < 2; i++) {
      Db.update("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at, ip_address, user_agent)"
          + " VALUES (?,?,?,?,?,?)", hex(64), p.userId(), now.minus(Duration.ofDays(2 + i)), now.minus(Duration.ofHours(5)),
          "10.20.30." + i, "Firefox 131.0 on Linux");
      Db.update("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
          + " masked_fields, storage_key) VALUES (?,?,?,?,?,?,?)", p.tenantId(), p.userId(),
          now.minus(Duration.ofDays(3 + i)), 120, 4, "password", "posthog:rec_" + letters(12));
    }
    for (int i = 0; i < 3; i++) {
      Db.update("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description,"
              + " billing_name, billing_company, billing_email, billing_address, billing_country, payment_processor,"
              + " processor_reference, pseudonymised, legal_hold_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)",
          p.tenantId(), p.userId(), "IT-" + letters(10).toUpperCase(Locale.ROOT), It.today().minusMonths(i + 1), 4990,
          "EUR", "Abonnement Genuka", p.name(), "Société de test", p.email(), "12 rue de la Facture, Lyon", "FR", "Stripe",
          "st_" + letters(12), It.today().minusMonths(i + 1).plusYears(10));
    }
    Db.update("INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email, phone,"
        + " company, share_with_partners, registered_at) VALUES (?,?,?,?,?,?,?,?,TRUE,?)", p.userId(), "Salon IT",
        It.today().minusMonths(2), "GICAM", p.name(), p.email(), p.phone(), "Société de test", now.minus(Duration.ofDays(70)));
    // registered before having an account: found by the (verified) e-mail
    Db.update("INSERT INTO event_registration (user_id, event_name, event_date, full_name, email, company,"
        + " share_with_partners, registered_at) VALUES (NULL,?,?,?,?,?,FALSE,?)", "Atelier IT",
        It.today().minusMonths(9), p.name(), p.email().toUpperCase(Locale.ROOT), "Société de test", now.minus(Duration.ofDays(280)));
    long candidate = Db.insert("INSERT INTO candidate (subject_ref, full_name, email, phone, position, state, locale,"
            + " applied_at, last_contact_at, notes, cover_letter_text, created_at) VALUES (?,?,?,?,?,'REJECTED',?,?,?,?,?,?)",
        UUID.randomUUID().toString(), p.name(), p.email(), p.phone(), "Comptable", p.locale(), now.minus(Duration.ofDays(400)),
        now.minus(Duration.ofDays(300)), "Profil intéressant", "Madame, Monsieur, je postule.", now.minus(Duration.ofDays(400)));
    byte[] cv = ("%PDF-1.4\n% CV of " + p.name() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    Db.update("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
        + " VALUES (?, 'CV', 'cv.pdf', 'application/pdf', ?, ?, ?)", candidate, cv.length, cv, now.minus(Duration.ofDays(400)));
    Db.update("INSERT INTO candidate_event (candidate_id, occurred_at, kind, from_state, to_state)"
        + " VALUES (?, ?, 'APPLIED', NULL, 'APPLIED')", candidate, now.minus(Duration.ofDays(400)));
  }

  static void browserLog(Person p, int rows) {
    try (Connection c = Db.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO browser_log (tenant_id,"
        + " user_id, visited_at, ip_address, browser, platform, referrer, language, country, path)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      c.setAutoCommit(false);
      Instant now = Instant.now();
      for (int i = 0; i < rows; i++) {
        s.setLong(1, p.tenantId());
        s.setLong(2, p.userId());
        s.setTimestamp(3, Timestamp.from(now.minus(Duration.ofMinutes(10L * (i + 1)))));
        s.setString(4, "10.9." + (i / 250 % 250) + "." + (i % 250 + 1));
        s.setString(5, "Chrome 129.0");
        s.setString(6, "Windows 11");
        s.setString(7, i % 3 == 0 ? "https://www.google.com/" : null);
        s.setString(8, "fr-FR");
        s.setString(9, "FR");
        s.setString(10, "/orders/" + i);
        s.addBatch();
        if (i % 1000 == 999) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request filed by the person, verified (as the portal files them), waiting for an admin to start it. */
  static long request(Person p, String type) {
    Instant now = Instant.now();
    String reference = "IT-" + letters(8).toUpperCase(Locale.ROOT);
    long id = Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
            + " subject_user_id, tenant_id, subject_email, subject_name, locale, details, received_at, due_date,"
            + " original_due_date, created_at) VALUES (?,?,'VERIFIED','PORTAL','CUSTOMER',?,?,?,?,?,?,?,?,?,?,?)",
        reference, type, p.subjectRef(), p.userId(), p.tenantId(), p.email(), p.name(), p.locale(),
        "Demande de " + p.name() + " (" + p.email() + ")", now, It.today().plusMonths(1), It.today().plusMonths(1), now);
    Db.update("INSERT INTO request_event (request_id, occurred_at, actor_kind, action, from_status, to_status)"
        + " VALUES (?, ?, 'SUBJECT', 'SUBMITTED', NULL, 'SUBMITTED')", id, now);
    Db.update("INSERT INTO request_event (request_id, occurred_at, actor_kind, action, from_status, to_status, note)"
        + " VALUES (?, ?, 'SYSTEM', 'VERIFIED', 'SUBMITTED', 'VERIFIED', 'history.note.login')", id, now);
    return id;
  }

  static String reference(long requestId) {
    return (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", requestId);
  }

  private static synchronized String hash() {
    if (passwordHash == null) {
      passwordHash = PasswordHasher.hash(PASSWORD.toCharArray());
    }
    return passwordHash;
  }

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  private static String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return b.toString();
  }

  private static String hex(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("0123456789abcdef".charAt(RANDOM.nextInt(16)));
    }
    return b.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
