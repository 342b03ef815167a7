package com.genuka.privacy.it.portal;

import com.genuka.privacy.accounts.control.PasswordHasher;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh companies and customers of their own for each test, written straight into the test
 * database, so that no test depends on demo rows another test may change.
 */
final class Fixtures {

  static final String PASSWORD = "Portal-test-2026";
  private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());
  private static final AtomicInteger SEQ = new AtomicInteger();

  private Fixtures() {}

  /** A customer account and its company. */
  record Customer(long tenantId, long userId, String email, String subjectRef, String unsubscribeToken,
      String company, String locale) {

    PortalClient login() {
      PortalClient client = PortalClient.speaking(locale);
      client.login(email, PASSWORD);
      return client;
    }
  }

  static String unique(String what) {
    return what + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
  }

  static long tenant(String name, String plan, boolean ownDb, String country, Instant lastUsed) {
    return Db.insert("INSERT INTO tenant (name, plan, own_database, billing_country, status, created_at, last_used_at)"
        + " VALUES (?,?,?,?,'ACTIVE',?,?)", name, plan, ownDb, country, Instant.now().minusSeconds(86_400 * 400L), lastUsed);
  }

  /** The administrator of a new PRO company in Cameroon. */
  static Customer newCustomer(String locale) {
    String company = unique("Société Test");
    long tenant = tenant(company, "PRO", false, "CM", Instant.now());
    return customerOf(tenant, company, locale, true);
  }

  static Customer customerOf(long tenant, String company, String locale, boolean tenantAdmin) {
    String email = unique("portal").toLowerCase() + "@it.genuka.local";
    String subject = UUID.randomUUID().toString();
    String token = UUID.randomUUID().toString().replace("-", "") + "Ab_-";
    long id = Db.insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, phone,"
            + " address_line1, postal_code, city, country, locale, tenant_admin, status, unsubscribe_token, created_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'ACTIVE',?,?)",
        subject, tenant, email, HASH, "Awa Test", "+237699000111", "1 rue du Test", "BP 100", "Douala", "CM", locale,
        tenantAdmin, token, Instant.now().minusSeconds(86_400 * 300L));
    Db.update("INSERT INTO user_role (user_id, role) VALUES (?, 'CUSTOMER')", id);
    return new Customer(tenant, id, email, subject, token, company, locale);
  }

  static long visit(Customer c, Instant at, String ip) {
    return Db.insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, platform, referrer,"
        + " language, country, path) VALUES (?,?,?,?,?,?,?,?,?,?)", c.tenantId(), c.userId(), at, ip, "Chrome 130.0",
        "Linux", "https://genuka.com/", "fr-CM", "CM", "/dashboard");
  }

  static long recording(Customer c, Instant at) {
    return Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
        + " masked_fields, storage_key) VALUES (?,?,?,?,?,?,?)", c.tenantId(), c.userId(), at, 125, 7,
        "password,iban", "posthog:" + unique("rec"));
  }

  static long invoice(Customer c, LocalDate issued, LocalDate heldUntil) {
    return Db.insert("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description,"
        + " billing_name, billing_company, billing_email, billing_country, payment_processor, processor_reference,"
        + " pseudonymised, legal_hold_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)", c.tenantId(), c.userId(),
        unique("INV"), issued, 1_500_000L, "XAF", "Abonnement PRO", "Awa Test", c.company(), c.email(), "CM",
        "NotchPay", unique("np"), heldUntil);
  }

  static void consent(Customer c, String purpose, boolean granted, Instant at, String method) {
    Db.update("INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
        + " VALUES (?,?,?,?,?,(SELECT MIN(id) FROM policy_version))", c.userId(), purpose, granted, at, method);
  }

  static long tombstone(Customer c, String category, String rule, int rows, Instant deletedAt, LocalDate leaves) {
    return Db.insert("INSERT INTO tombstone (category, rule_code, reference, row_count, cause, subject_ref, tenant_id,"
        + " deleted_at, leaves_backups_on) VALUES (?,?,?,?,'RETENTION',?,?,?,?)", category, rule, unique("batch"), rows,
        c.subjectRef(), c.tenantId(), deletedAt, leaves);
  }

  /** A request of the customer, filed in the portal, in the given state. */
  static long request(Customer c, String type, String status) {
    Instant received = Instant.now().minusSeconds(86_400 * 3L);
    LocalDate due = It.today().plusDays(27);
    long id = Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
            + " subject_user_id, tenant_id, subject_email, subject_name, locale, received_at, due_date, original_due_date,"
            + " created_at) VALUES (?,?,?,'PORTAL','CUSTOMER',?,?,?,?,?,?,?,?,?,?)",
        ref(), type, status, c.subjectRef(), c.userId(), c.tenantId(), c.email(), "Awa Test",
        c.locale(), received, due, due, received);
    Db.update("INSERT INTO request_event (request_id, occurred_at, actor_kind, action, to_status) VALUES (?,?,?,?,?)",
        id, received, "SUBJECT", "SUBMITTED", "SUBMITTED");
    return id;
  }

  private static String ref() {
    String r = "IT" + System.nanoTime() % 1_000_000_000_000L + SEQ.incrementAndGet();
    return r.length() > 20 ? r.substring(r.length() - 20) : r;
  }

  /**
   * A finished export of {@code content}, written where the test server keeps its exports (it
   * refuses to serve anything from elsewhere).
   */
  static long exportFile(long requestId, String status, String content, Instant expiresAt) {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("it.export.dir", "target/exports"));
    java.nio.file.Path file;
    try {
      java.nio.file.Files.createDirectories(dir);
      file = java.nio.file.Files.createTempFile(dir, "fixture-", ".zip");
      java.nio.file.Files.writeString(file, content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Db.insert("INSERT INTO export_file (request_id, kind, status, progress_pct, storage_path, size_bytes, sha256,"
        + " created_at, ready_at, expires_at, download_key, file_name, content_type) VALUES (?,?,?,100,?,?,?,?,?,?,?,?,?)",
        requestId, "SUBJECT", status, file.toAbsolutePath().toString(), (long) content.length(), "0".repeat(64),
        Instant.now().minusSeconds(60), Instant.now().minusSeconds(30), expiresAt,
        java.util.UUID.randomUUID().toString().replace("-", "") + java.util.UUID.randomUUID().toString().replace("-", ""),
        "genuka-export.zip", "application/zip");
  }

  /** The unguessable part of a file's download address, /customer/download/{key}. */
  static String downloadKey(long fileId) {
    return (String) Db.value("SELECT download_key FROM export_file WHERE id = ?", fileId);
  }
}
