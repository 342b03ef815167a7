package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 8: an erasure receipt (and its GDPR art. 19 notices) names only the providers that
 * held the person's data: the register's providers of the categories erased, and a payment
 * processor only if one of the person's invoices went through it.
 */
class ErasureNoticesIT {

  private static final List<String> PAYMENT = List.of("Flutterwave", "NotchPay LTD", "Stripe");

  @RegisterExtension static final MailTrap mail = new MailTrap();

  private static List<String> notified(long request) {
    return Db.rows("SELECT sub_processor_name FROM erasure_notice WHERE job_id = ? ORDER BY sub_processor_name",
        Engines.jobId(request)).stream().map(r -> (String) r.get("sub_processor_name")).toList();
  }

  private static MailTrap.Mail receipt(String email, long request) {
    String reference = People.reference(request);
    return mail.await(m -> m.to().contains(email) && m.subject().contains(reference)
        && (m.subject().startsWith("Reçu") || m.subject().startsWith("Receipt")));
  }

  @Test
  void aCandidatesReceiptNamesNoPaymentProcessor() {
    String email = "notices-cand-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    Instant now = Instant.now();
    long candidate = Db.insert("INSERT INTO candidate (subject_ref, full_name, email, phone, position, state, locale,"
            + " applied_at, last_contact_at, created_at) VALUES (?,?,?,?,?,'REJECTED','en',?,?,?)",
        UUID.randomUUID().toString(), "Cand Notices", email, "+33 6 10 20 30 40", "Notices tester",
        now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(80)), now.minus(Duration.ofDays(90)));
    String reference = "IT-" + People.letters(8).toUpperCase(Locale.ROOT);
    long request = Db.insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
            + " subject_candidate_id, subject_email, subject_name, locale, details, received_at, due_date,"
            + " original_due_date, created_at) VALUES (?,'ERASURE','VERIFIED','PORTAL','CANDIDATE',?,?,?,?,'en',?,?,?,?,?)",
        reference, Db.value("SELECT subject_ref FROM candidate WHERE id = ?", candidate), candidate, email, "Cand Notices",
        "Please erase my application", now, It.today().plusMonths(1), It.today().plusMonths(1), now);
    Db.update("INSERT INTO request_event (request_id, occurred_at, actor_kind, action, from_status, to_status)"
        + " VALUES (?, ?, 'SUBJECT', 'SUBMITTED', NULL, 'VERIFIED')", request, now);
    // The link to her page HR e-mailed her: account and contact data (C1) the erasure deletes too.
    Db.update("INSERT INTO outbox_message (message_id, kind, recipient, locale, subject, body_text, body_html, status,"
            + " created_at, next_attempt_at, sent_at) VALUES (?, 'CANDIDATE_LINK', ?, 'en', 'Your application', 'link', '<p>link</p>',"
            + " 'SENT', ?, ?, ?)", "<" + UUID.randomUUID() + "@it>", email, now.minus(Duration.ofDays(10)),
        now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)));
    PortalClient admin = Requests.admin("en");
    Engines.start(admin, request);
    Engines.await("the job", () -> Engines.jobStatus(request), "SUCCEEDED");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM candidate WHERE id = ?", candidate));
    assertTrue(Db.count("SELECT rows_affected FROM erasure_step WHERE job_id = ? AND code = 'MAIL'", Engines.jobId(request)) > 0,
        "her mails (C1) were erased as well");

    List<String> notified = notified(request);
    for (String processor : PAYMENT) {
      assertFalse(notified.contains(processor), processor + " never had a candidate's data: " + notified);
    }
    assertTrue(notified.contains("Cloudflare"), "the backups held it: " + notified);
    String text = receipt(email, request).text();
    for (String processor : PAYMENT) {
      assertFalse(text.contains(processor), processor + " in the receipt:\n" + text);
    }
  }

  @Test
  void aCustomerIsNotifiedOnlyToTheProcessorsOfTheirOwnInvoices() {
    long company = People.tenant("Notices Paid", "PRO", false);
    Person paid = People.customer(company, false, "fr");
    Db.update("INSERT INTO invoice (tenant_id, user_id, number, issued_on, amount_cents, currency, description,"
            + " billing_name, billing_company, billing_email, billing_address, billing_country, payment_processor,"
            + " processor_reference, pseudonymised, legal_hold_until) VALUES (?,?,?,?,1000,'XAF','Abonnement',?,'Société',?,"
            + " NULL,'CM','NotchPay','np_1',FALSE,?)",
        company, paid.userId(), "NP-" + People.letters(8).toUpperCase(Locale.ROOT), It.today().minusMonths(1),
        paid.name(), paid.email(), It.today().minusMonths(1).plusYears(10));
    Person unpaid = People.customer(company, false, "fr");

    PortalClient admin = Requests.admin("fr");
    long paidErasure = People.request(paid, "ERASURE");
    long unpaidErasure = People.request(unpaid, "ERASURE");
    Engines.start(admin, paidErasure);
    Engines.start(admin, unpaidErasure);
    Engines.await("the first job", () -> Engines.jobStatus(paidErasure), "SUCCEEDED");
    Engines.await("the second job", () -> Engines.jobStatus(unpaidErasure), "SUCCEEDED");

    List<String> forPaid = notified(paidErasure);
    assertTrue(forPaid.contains("NotchPay LTD"), "the invoices went through NotchPay: " + forPaid);
    assertFalse(forPaid.contains("Stripe") || forPaid.contains("Flutterwave"), forPaid.toString());
    assertTrue(forPaid.contains("OVHCloud SAS"), forPaid.toString());

    List<String> forUnpaid = notified(unpaidErasure);
    for (String processor : PAYMENT) {
      assertFalse(forUnpaid.contains(processor), "never paid, yet " + processor + ": " + forUnpaid);
    }
    assertTrue(forUnpaid.contains("OVHCloud SAS"), forUnpaid.toString());
    String text = receipt(unpaid.email(), unpaidErasure).text();
    for (String processor : PAYMENT) {
      assertFalse(text.contains(processor), processor + " in the receipt:\n" + text);
    }
    assertTrue(receipt(paid.email(), paidErasure).text().contains("NotchPay LTD"));
  }

  @Test
  void aCompanyWithoutMediaIsNotNotifiedToTheMediaStorage() {
    long company = People.tenant("Sans Médias", "ENTERPRISE", true);
    Person admin = People.customer(company, true, "en");
    for (int i = 0; i < 3; i++) {
      Db.update("INSERT INTO tenant_customer (tenant_id, full_name, email, city, country, created_at) VALUES (?,?,?,?,?,?)",
          company, "Client " + i, "c" + i + "-" + company + "@nomedia.example", "Lyon", "FR", Instant.now());
    }
    long request = People.request(admin, "TENANT_DELETION");
    Engines.start(Requests.admin("en"), request);
    Engines.await("the job", () -> Engines.jobStatus(request), "SUCCEEDED");
    List<String> notified = notified(request);
    assertEquals(List.of("Cloudflare", "OVHCloud SAS"), notified, "no media, so nothing at the media storage");
    String text = receipt(admin.email(), request).text();
    assertFalse(text.contains("Amazon Web Services"), text);
  }
}
