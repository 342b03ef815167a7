package com.genuka.privacy.it.retention;

import static com.genuka.privacy.it.retention.Retention.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The admin's retention page: the dry run of each sweep's next run, the periods changed within
 * their bounds and published, the statutory periods by country, in French and in English; closed
 * to everyone but admins.
 */
class RetentionAdminIT {

  @AfterEach
  void resetClock() {
    TestClock.reset();
    Retention.cleanUp();
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource({"CUSTOMER", "HR"})
  void onlyAdminsOpenThePage(String role) {
    var account = "HR".equals(role) ? DemoAccounts.HR : DemoAccounts.PRO_OWNER;
    PortalClient client = PortalClient.french();
    client.login(account.email(), account.password());
    Page refused = client.get("/admin/retention.xhtml");
    assertEquals(403, refused.status());
    assertEquals("Accès refusé", refused.h1());
  }

  @Test
  void theDryRunShowsWhatTheNextRunWillDeleteWithASample() {
    long tenant = Retention.tenant("PRO", false, Instant.parse("2010-01-01T00:00:00Z"));
    long user = Retention.account(tenant, false, Retention.email(), "en");
    LocalDate today = LocalDate.of(2021, 3, 10);
    long dueTomorrow = Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds,"
        + " page_count, masked_fields, storage_key) VALUES (?, ?, ?, 42, 2, 'password', 'posthog/it/dry')", tenant, user,
        noon(today.plusDays(1).minusMonths(1)));
    TestClock.travelTo(Retention.at(today));
    Page page = Retention.admin("en").get("/admin/retention.xhtml");
    Element row = page.doc().getElementById("sweep-RECORDING");
    assertEquals("1", row.selectFirst(".due").attr("data-count"), row.text());
    assertTrue(row.select(".due-count").text().equals("1 row"), row.text());
    assertTrue(row.select(".sample").text().contains("Recording #" + dueTomorrow + " · account #" + user + " · 42 s, 2 pages"), row.text());
    assertTrue(row.select(".sample").text().contains("11 February 2021 → 11 March 2021"), row.text());
    assertTrue(row.select(".next-run").text().contains("11 March 2021 at 03:30"), row.text());
    // Issue 10, item 12: "run now" applies today's rules, the next run tomorrow's; both are shown, labelled.
    assertEquals("0", row.selectFirst(".due-now").attr("data-count"), row.text());
    assertTrue(row.selectFirst(".due-now").text().equals("If run now (rules of 10 March 2021) no row"), row.text());
    assertTrue(row.selectFirst(".due-next-label").text().equals("At the next scheduled run (rules of 11 March 2021)"),
        row.text());
    assertTrue(Retention.exists("session_recording", dueTomorrow), "a dry run deletes nothing");

    Page french = Retention.admin("fr").get("/admin/retention.xhtml");
    assertEquals("Conservation des données", french.h1());
    assertTrue(french.doc().getElementById("sweep-RECORDING").select(".due-count").text().equals("1 ligne"));
    assertTrue(french.doc().getElementById("sweep-RECORDING").selectFirst(".due-now").text()
        .startsWith("Si lancé maintenant (règles du 10 mars 2021)"), french.doc().getElementById("sweep-RECORDING").text());
    assertTrue(french.doc().getElementById("sweep-RECORDING").select(".sample").text()
        .contains("Enregistrement n° " + dueTomorrow + " · compte n° " + user + " · 42 s, 2 pages"));
    Db.update("DELETE FROM session_recording WHERE id = ?", dueTomorrow);
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Candidat n° %d · Non retenu · Vendeur | Candidat n° %d · Embauché · Caissier · pays d'emploi : Cameroun"
        + " | Facture %s · France · pseudonymisée | Entreprise n° %d · %s | Visite n° %d · Firefox / Android · /tarifs",
    "en | Candidate #%d · Not selected · Vendeur | Candidate #%d · Hired · Caissier · country of employment: Cameroon"
        + " | Invoice %s · France · pseudonymised | Company #%d · %s | Visit #%d · Firefox / Android · /tarifs"})
  void everySweepsSampleIsToldInTheAdminsLanguage(String language, String rejected, String hired, String invoice,
      String company, String visit) {
    // Dated long before every other test's rows, so that these are the only ones due.
    LocalDate today = LocalDate.of(2000, 6, 15);
    long tenant = Retention.tenant("ENTERPRISE", true, Instant.parse("1999-01-04T09:00:00Z"));
    String name = (String) Db.value("SELECT name FROM tenant WHERE id = ?", tenant);
    long user = Retention.account(tenant, false, Retention.email(), language);
    long notKept = candidate("REJECTED", "Vendeur", Instant.parse("1996-01-10T09:00:00Z"));
    long employed = candidate("HIRED", "Caissier", Instant.parse("1990-01-10T09:00:00Z"));
    Db.update("UPDATE candidate SET employment_country = 'CM', contract_start = ?, contract_end = ? WHERE id = ?",
        LocalDate.of(1988, 1, 1), LocalDate.of(1994, 12, 31), employed);
    String number = "IT-FR-" + UUID.randomUUID().toString().substring(0, 8);
    Db.update("INSERT INTO invoice (tenant_id, number, issued_on, amount_cents, currency, description, billing_name,"
        + " billing_company, billing_email, billing_country, payment_processor, processor_reference, pseudonymised,"
        + " legal_hold_until) VALUES (?, ?, ?, 4900, 'EUR', 'PRO plan', 'P', 'P', 'p@example.org', 'FR', 'Stripe',"
        + " 'pi_1', TRUE, ?)", tenant, number, LocalDate.of(1989, 12, 1), LocalDate.of(1999, 12, 1));
    long view = Db.insert("INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, platform, path)"
        + " VALUES (?, ?, ?, '10.9.8.7', 'Firefox', 'Android', '/tarifs')", tenant, user, noon(LocalDate.of(1998, 5, 2)));
    try {
      TestClock.travelTo(Retention.at(today));
      Page page = Retention.admin(language).get("/admin/retention.xhtml");
      assertTrue(sample(page, "CANDIDATE_NOT_HIRED").contains(String.format(rejected, notKept)), sample(page, "CANDIDATE_NOT_HIRED"));
      assertTrue(sample(page, "CANDIDATE_HIRED").contains(String.format(hired, employed)), sample(page, "CANDIDATE_HIRED"));
      assertTrue(sample(page, "BILLING").contains(String.format(invoice, number)), sample(page, "BILLING"));
      assertTrue(sample(page, "ENTERPRISE_DB").contains(String.format(company, tenant, name)), sample(page, "ENTERPRISE_DB"));
      assertTrue(sample(page, "BROWSER_LOG").contains(String.format(visit, view)), sample(page, "BROWSER_LOG"));
      String all = page.doc().select(".sample").text();
      for (String raw : List.of("retention.", "candidate.state.", "???", "CM", "REJECTED")) {
        assertFalse(all.contains(raw), "no untranslated word: " + raw + " in " + all);
      }
    } finally {
      Db.update("DELETE FROM candidate WHERE id IN (?, ?)", notKept, employed);
    }
  }

  private static long candidate(String state, String position, Instant lastContact) {
    return Db.insert("INSERT INTO candidate (subject_ref, full_name, email, position, state, locale, applied_at,"
        + " last_contact_at, created_at) VALUES (?, 'Sample Candidate', ?, ?, ?, 'fr', ?, ?, ?)",
        UUID.randomUUID().toString(), Retention.email(), position, state, lastContact, lastContact, lastContact);
  }

  private static String sample(Page page, String rule) {
    Element row = page.doc().getElementById("sweep-" + rule);
    assertTrue(row != null, "a row for " + rule);
    return row.select(".sample").text();
  }

  @Test
  void anAdminChangesAPeriodWithinItsBoundsAndThePublicPageShowsIt() {
    PortalClient admin = Retention.admin("en");
    String reason = "Exports kept two weeks during the accounting close " + UUID.randomUUID().toString().substring(0, 6);
    try {
      Page tooLong = change(admin, "EXPORT_FILE", "31", "Longer");
      assertTrue(tooLong.mainText().contains("The period must be between 1 and 30 days."), tooLong.mainText());
      Page blank = change(admin, "EXPORT_FILE", "14", "   ");
      assertTrue(blank.mainText().contains("Say why the period changes"), blank.mainText());
      assertEquals(7, ((Number) Db.value("SELECT amount FROM retention_rule WHERE code = 'EXPORT_FILE'")).intValue(),
          "a refused change changes nothing");
      int version = ((Number) Db.value("SELECT version FROM retention_rule WHERE code = 'EXPORT_FILE'")).intValue();

      Page changed = change(admin, "EXPORT_FILE", "14", reason);
      assertTrue(changed.mainText().contains("is now 14 days"), changed.mainText());
      assertEquals("14 days", changed.doc().select("#rule-EXPORT_FILE .period").text());
      assertEquals(String.valueOf(version + 1), changed.doc().select("#rule-EXPORT_FILE .version").text());

      Page publicPage = PortalClient.english().get("/retention.xhtml");
      assertEquals("14 days", publicPage.doc().select("#rule-EXPORT_FILE .period").text());
      String changes = publicPage.doc().getElementById("retention-changes").text();
      assertTrue(changes.contains("Generated export files: 7 days → 14 days. Reason: " + reason), changes);
      Page publicFr = PortalClient.french().get("/retention.xhtml");
      assertTrue(publicFr.doc().getElementById("retention-changes").text()
          .contains("Fichiers d'export générés : 7 jours → 14 jours. Motif : " + reason));

      Map<String, Object> audit = Db.rows("SELECT actor_role, summary FROM audit_event WHERE action = 'RETENTION_PERIOD_CHANGED'"
          + " ORDER BY id DESC").get(0);
      assertEquals("ADMIN", audit.get("actor_role"));
      assertEquals("EXPORT_FILE: 7 → 14 DAYS", audit.get("summary"), "the summary names no one");

      Page frError = change(Retention.admin("fr"), "EXPORT_FILE", "0", "Trop court");
      assertTrue(frError.mainText().contains("La durée doit être comprise entre 1 et 30 jours."), frError.mainText());
    } finally {
      if (((Number) Db.value("SELECT amount FROM retention_rule WHERE code = 'EXPORT_FILE'")).intValue() != 7) {
        change(admin, "EXPORT_FILE", "7", "Back to the period of the policy after the accounting close");
      }
    }
    assertEquals(7, ((Number) Db.value("SELECT amount FROM retention_rule WHERE code = 'EXPORT_FILE'")).intValue());
  }

  @Test
  void aCountrysStatutoryBillingPeriodIsAddedThenChangedAndItsInvoicesFollow() {
    PortalClient admin = Retention.admin("en");
    long tenant = Retention.tenant("PRO", false, Instant.parse("2010-01-01T00:00:00Z"));
    long invoice = Db.insert("INSERT INTO invoice (tenant_id, number, issued_on, amount_cents, currency, description,"
        + " billing_name, billing_company, billing_email, billing_country, payment_processor, processor_reference,"
        + " legal_hold_until) VALUES (?, ?, ?, 990000, 'XOF', 'PRO plan', 'N', 'C', 'e@example.org', 'BJ', 'NotchPay',"
        + " 'np_1', ?)", tenant, "IT-BJ-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2016, 2, 29),
        LocalDate.of(2026, 2, 28));

    Page unknown = legal(admin, "XX", "BILLING", "10", "Test", "", "");
    assertTrue(unknown.mainText().contains("two-letter ISO code"), unknown.mainText());
    Page noBasis = legal(admin, "BJ", "BILLING", "10", "Benin joins", "", "");
    assertTrue(noBasis.mainText().contains("needs its legal basis in French and in English"), noBasis.mainText());
    Page tooLong = legal(admin, "BJ", "BILLING", "31", "Benin joins", "x", "y");
    assertTrue(tooLong.mainText().contains("between 1 and 30 years"), tooLong.mainText());

    Page added = legal(admin, "bj", "BILLING", "10", "Customers billed in Benin",
        "Acte uniforme OHADA relatif au droit comptable, art. 24 : dix ans.", "OHADA Uniform Act on accounting law, art. 24: ten years.");
    assertTrue(added.mainText().contains("The statutory period for Benin is now 10 years."), added.mainText());
    assertEquals(LocalDate.of(2026, 2, 28), legalHold(invoice));

    Page changed = legal(admin, "BJ", "BILLING", "5", "Shorter period under the new finance law", "", "");
    assertTrue(changed.mainText().contains("is now 5 years"), changed.mainText());
    assertEquals(LocalDate.of(2021, 2, 28), legalHold(invoice), "the legal hold of the country's invoices follows");

    Page publicPage = PortalClient.english().get("/retention.xhtml");
    assertEquals("5 years", publicPage.doc().select("#legal-BILLING-BJ .period").text());
    String changes = publicPage.doc().getElementById("retention-changes").text();
    assertTrue(changes.contains("Invoices and accounting records (Benin): 10 years → 5 years."), changes);
    assertTrue(changes.contains("Invoices and accounting records (Benin): 10 years."), changes);
    assertTrue(PortalClient.french().get("/retention.xhtml").doc().select("#legal-BILLING-BJ").text().contains("Bénin"));
    Db.update("DELETE FROM invoice WHERE id = ?", invoice);
  }

  @Test
  void theRunHistoryAndTombstonesShowWhatASweepDid() {
    long tenant = Retention.tenant("PRO", false, Instant.parse("2010-01-01T00:00:00Z"));
    long user = Retention.account(tenant, false, Retention.email(), "en");
    LocalDate d = LocalDate.of(2021, 8, 10);
    long old = Db.insert("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?, ?, ?, ?)",
        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), user, noon(d.minusDays(20)), noon(d.minusDays(8)));
    long run = Retention.runOn(d, "SESSION_IDLE");
    assertFalse(Retention.exists("server_session", old));
    Page page = Retention.admin("en").get("/admin/retention.xhtml");
    Element row = page.doc().getElementById("run-" + run);
    assertTrue(row.text().contains("Idle server-side sessions"), row.text());
    assertEquals("Run by an admin", row.select(".trigger").text());
    assertEquals("Done", row.select(".status").text());
    assertEquals(String.valueOf(Retention.rowsDeleted(run)), row.selectFirst(".rows").attr("data-rows"));
    assertTrue(page.doc().getElementById("tombstones").text().contains("10 August 2022"),
        "the day the sessions leave the backups");
    assertTrue(page.doc().select("#sweep-SESSION_IDLE .last-run").text().contains("Done"));
  }

  private static Page change(PortalClient admin, String rule, String amount, String reason) {
    Page page = admin.get("/admin/retention.xhtml");
    return admin.submit(page, "period", Map.of("rule", rule, "amount", amount, "reason", reason), "save");
  }

  private static Page legal(PortalClient admin, String country, String kind, String years, String reason, String fr,
      String en) {
    Page page = admin.get("/admin/retention.xhtml");
    return admin.submit(page, "legal", Map.of("country", country, "kind", kind, "years", years, "reason", reason,
        "basisFr", fr, "basisEn", en), "save");
  }

  private static LocalDate legalHold(long invoice) {
    return ((java.sql.Date) Db.value("SELECT legal_hold_until FROM invoice WHERE id = ?", invoice)).toLocalDate();
  }
}
