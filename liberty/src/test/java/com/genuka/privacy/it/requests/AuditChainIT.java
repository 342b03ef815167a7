package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.accounts.control.PasswordHasher;
import com.genuka.privacy.audit.control.AuditChainCommand;
import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import com.genuka.privacy.it.support.It;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-Q5: the audit log proves it was not altered, on the admin page and from the command line. */
class AuditChainIT {

  @Test
  void anAlteredRowIsNamedByThePageAndByTheCommand() throws Exception {
    PortalClient admin = Requests.admin("en");
    Page audit = admin.get("/admin/audit.xhtml");
    Page sound = admin.submit(audit, "audit", Map.of(), "verify");
    assertTrue(sound.doc().getElementById("audit-result").text().startsWith("Chain intact"), sound.mainText());
    try (Connection c = Db.connect()) {
      assertTrue(AuditChainCommand.verify(c).contains("audit_chain: sound"));
    }

    long victim = ((Number) Db.value("SELECT MIN(id) + 2 FROM audit_event")).longValue();
    String original = (String) Db.value("SELECT summary FROM audit_event WHERE id = ?", victim);
    Db.update("UPDATE audit_event SET summary = 'nothing happened here' WHERE id = ?", victim);
    try {
      Page altered = admin.submit(admin.get("/admin/audit.xhtml"), "audit", Map.of(), "verify");
      assertEquals(Long.toString(victim), altered.doc().getElementById("audit-first-bad").text());
      assertTrue(altered.doc().getElementById("audit-result").text().contains("row " + victim + " was altered"));
      try (Connection c = Db.connect()) {
        List<String> report = AuditChainCommand.verify(c);
        assertTrue(report.contains("audit_chain: altered"), report.toString());
        assertTrue(report.contains("audit_first_altered_row: " + victim), report.toString());
      }
    } finally {
      Db.update("UPDATE audit_event SET summary = ? WHERE id = ?", original, victim);
    }
    try (Connection c = Db.connect()) {
      assertTrue(AuditChainCommand.verify(c).contains("audit_chain: sound"), "restored");
    }
  }

  @Test
  void theApplicationNeverUpdatesOrDeletesAnAuditRow() {
    long before = Db.count("SELECT COUNT(*) FROM audit_event");
    PortalClient admin = Requests.admin("fr");
    admin.get("/admin/requests.xhtml");
    long after = Db.count("SELECT COUNT(*) FROM audit_event");
    assertTrue(after > before, "the login was appended");
    assertEquals(after, ((Number) Db.value("SELECT last_id FROM audit_head")).longValue(), "the head follows the last row");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_event a JOIN audit_event b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash"));
  }

  private static final String PASSWORD = "Audit-test-2026";

  /** A customer of a company of her own, written straight to the database; returns her subject reference. */
  private static String customer(String name, String email) {
    long tenant = Db.insert("INSERT INTO tenant (name, plan, own_database, billing_country, status, created_at, last_used_at)"
        + " VALUES (?,'PRO',FALSE,'CM','ACTIVE',?,?)", name + " SARL", Instant.now(), Instant.now());
    String ref = UUID.randomUUID().toString();
    long id = Db.insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, locale,"
        + " tenant_admin, status, unsubscribe_token, created_at) VALUES (?,?,?,?,?,'fr',TRUE,'ACTIVE',?,?)",
        ref, tenant, email, PasswordHasher.hash(PASSWORD.toCharArray()), name, UUID.randomUUID().toString(), Instant.now());
    Db.update("INSERT INTO user_role (user_id, role) VALUES (?, 'CUSTOMER')", id);
    return ref;
  }

  private static List<Element> rows(Document doc) {
    return doc.select("#audit-table tbody tr");
  }

  /**
   * Issue 10 item 27: the log names who acted (name and role, in the reader's language), says so when
   * the account is gone, is filtered by action, role, author, subject and days, and pages with its filter.
   */
  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Client | Compte supprimé | Administrateur | Page 2 sur | n'est pas une date",
    "en | Customer | Deleted account | Administrator | Page 2 of | is not a date"})
  void theLogNamesWhoActedAndIsFilteredAndPaged(String language, String customerRole, String deleted, String adminRole,
      String pageTwo, String badDate) {
    String tag = Long.toString(System.nanoTime(), 36);
    String staying = "Yasmine Auditée " + tag;
    String stayingEmail = "audit-stays-" + tag + "@it.genuka.local";
    String stayingRef = customer(staying, stayingEmail);
    String goneEmail = "audit-gone-" + tag + "@it.genuka.local";
    String goneRef = customer("Gaston Parti " + tag, goneEmail);
    PortalClient.speaking(language).login(goneEmail, PASSWORD);
    Db.update("DELETE FROM user_account WHERE subject_ref = ?", goneRef);
    // enough customers' logins for two pages of them
    long logins = Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_role = 'CUSTOMER'");
    for (long i = logins; i < 53; i++) {
      PortalClient.speaking(language).login(stayingEmail, PASSWORD);
    }
    PortalClient.speaking(language).login(stayingEmail, PASSWORD);
    PortalClient admin = Requests.admin(language);

    Document all = admin.get("/admin/audit.xhtml").doc();
    Element newest = rows(all).get(0);
    assertEquals("LOGIN", newest.attr("data-action"), "the admin's own login is the newest row");
    assertTrue(newest.selectFirst("td.audit-actor").text().contains(DemoAccounts.ADMIN.fullName()), newest.text());
    assertTrue(newest.selectFirst("td.audit-actor").text().contains(adminRole), newest.text());

    Document byName = admin.get("/admin/audit.xhtml?author=" + tag.toUpperCase() + "&action=LOGIN").doc();
    assertTrue(rows(byName).size() >= 1, byName.select("main").text());
    for (Element row : rows(byName)) {
      String actor = row.selectFirst("td.audit-actor").text();
      assertTrue(actor.contains(staying), "only hers: the erased account's name is gone with it: " + actor);
      assertTrue(actor.contains(customerRole), actor);
    }

    Document gone = admin.get("/admin/audit.xhtml?author=" + goneRef).doc();
    assertEquals(1, rows(gone).size(), gone.select("main").text());
    assertTrue(rows(gone).get(0).selectFirst("td.audit-actor").text().contains(deleted));
    assertTrue(rows(gone).get(0).selectFirst("td.audit-actor").text().contains(goneRef), "the reference to find it by");
    assertTrue(rows(gone).get(0).selectFirst("td.audit-subject").text().contains(deleted));

    Document bySubject = admin.get("/admin/audit.xhtml?subject=" + stayingEmail + "&from=" + It.today() + "&to=" + It.today())
        .doc();
    assertTrue(rows(bySubject).size() >= 1, "filtered by subject and today: her logins");
    assertTrue(rows(bySubject).stream().allMatch(r -> r.selectFirst("td.audit-subject").text().contains(staying)));
    Document tomorrow = admin.get("/admin/audit.xhtml?author=" + stayingEmail + "&from=" + It.today().plusDays(1)).doc();
    assertEquals(0, rows(tomorrow).size());
    assertTrue(tomorrow.getElementById("audit-none") != null);

    PortalClient.Page bad = admin.get("/admin/audit.xhtml?from=2026-13-45&author=" + stayingEmail);
    assertEquals(200, bad.status());
    assertTrue(bad.doc().getElementById("messages").text().contains(badDate), bad.mainText());
    assertTrue(rows(bad.doc()).size() >= 1, "the bad date is ignored, the rest applies");
    assertTrue(rows(bad.doc()).stream().allMatch(r -> r.selectFirst("td.audit-actor").text().contains(staying)));

    Document first = admin.get("/admin/audit.xhtml?action=LOGIN&role=CUSTOMER").doc();
    assertEquals(50, rows(first).size());
    Element older = first.getElementById("audit-older");
    assertTrue(older != null && older.attr("href").contains("action=LOGIN") && older.attr("href").contains("role=CUSTOMER"),
        "the pager keeps the filter: " + older);
    Document second = admin.get(older.attr("href").replaceFirst("^.*?/admin/", "/admin/")).doc();
    assertTrue(second.getElementById("audit-position").text().startsWith(pageTwo), second.getElementById("audit-position").text());
    assertTrue(rows(second).size() >= 1);
    for (Element row : rows(second)) {
      assertEquals("LOGIN", row.attr("data-action"));
      assertTrue(row.selectFirst("td.audit-actor").text().contains(customerRole), row.text());
    }
    assertTrue(first.select("#f-action option[selected]").text().length() > 0, "the chosen action stays chosen");
  }
}
