package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 4: a company whose last account is erased is not left orphaned. The erasure form
 * says beforehand what happens to it; the erasure closes it, takes its name off its record and its
 * invoices, and its receipt says what is kept and until when; its database goes by the
 * CLOSED_COMPANY rule, which the public retention page lists; its invoices stay for their hold.
 */
class CompanyClosureIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  private static String english(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK));
  }

  @Test
  void erasingACompanysLastAccountClosesItAndSaysWhatIsKeptUntilWhen() {
    long company = People.tenant("Boulangerie Dernière", "PRO", false);
    String name = (String) Db.value("SELECT name FROM tenant WHERE id = ?", company);
    Person p = People.customer(company, true, "en");
    People.fill(p, 10);
    Db.update("UPDATE invoice SET billing_company = ? WHERE tenant_id = ?", name, company);
    for (int i = 0; i < 4; i++) {
      Db.insert("INSERT INTO tenant_customer (tenant_id, full_name, created_at) VALUES (?, ?, ?)", company,
          "Client " + i, java.time.Instant.now());
    }
    LocalDate hold = It.today().minusMonths(1).plusYears(10);

    // before filing: the form says what happens to the company
    PortalClient client = PortalClient.english();
    client.login(p.email(), People.PASSWORD);
    Element fate = client.get("/customer/requests.xhtml").doc().getElementById("company-fate");
    assertNotNull(fate, "the erasure form warns the company's last account");
    assertTrue(fate.text().contains("You are the last account of \"" + name + "\"") && fate.text().contains("closes the company")
        && fate.text().contains("4 records") && fate.text().contains("1 day after the erasure"), fate.text());
    assertTrue(fate.text().contains("3 invoices are kept") && fate.text().contains(english(hold)), fate.text());

    long erasure = People.request(p, "ERASURE");
    String reference = People.reference(erasure);
    PortalClient admin = Requests.admin("en");
    Engines.start(admin, erasure);
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");

    // closed, its name gone from its record and its invoices, which keep their hold
    Map<String, Object> t = Db.rows("SELECT status, closed_at, name FROM tenant WHERE id = ?", company).get(0);
    assertEquals("CLOSED", t.get("status"));
    assertNotNull(t.get("closed_at"));
    assertTrue(((String) t.get("name")).startsWith("company-"), t.toString());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM invoice WHERE tenant_id = ? AND billing_company NOT LIKE 'company-%'", company));
    assertEquals(3, Db.count("SELECT COUNT(*) FROM invoice WHERE tenant_id = ?", company));
    assertEquals(hold, ((java.sql.Date) Db.value("SELECT MAX(legal_hold_until) FROM invoice WHERE tenant_id = ?", company))
        .toLocalDate(), "the invoices keep their legal hold");

    // the receipt says what became of the company, what is kept and until when
    LocalDate today = It.today();
    MailTrap.Mail receipt = mail.await(m -> m.to().contains(p.email()) && m.subject().startsWith("Receipt for your request " + reference));
    assertTrue(receipt.text().contains("Your company had no other account on Genuka: it is closed as of " + english(today)), receipt.text());
    assertTrue(receipt.text().contains("4 records") && receipt.text().contains("is deleted on " + english(today.plusDays(1))),
        receipt.text());
    assertTrue(receipt.text().contains("3 invoices are kept, with the company's name replaced by a pseudonym, until "
        + english(hold)) && receipt.text().contains("by " + english(hold.plusMonths(12)) + " at the latest"), receipt.text());
    String html = Engines.post(Engines.link(receipt), "en").text();
    assertTrue(Jsoup.parse(html).getElementById("company-fate").text().contains("it is closed as of"), html);
    assertFalse(html.contains(name), "the receipt names no one, nor their company");

    // the rule is public
    Element rule = PortalClient.english().get("/retention.xhtml").doc().getElementById("rule-CLOSED_COMPANY");
    assertNotNull(rule, "the public retention page lists the closed companies' rule");
    assertTrue(rule.text().contains("Closed company") && rule.text().contains("1 day"), rule.text());

    // its day come, the sweep deletes the company's database and leaves the invoices to their hold
    Db.update("UPDATE tenant SET closed_at = closed_at - INTERVAL '2 days' WHERE id = ?", company);
    long run = runNow(admin, "CLOSED_COMPANY");
    assertEquals("SUCCEEDED", Db.value("SELECT status FROM sweep_run WHERE id = ?", run));
    assertEquals("DELETED", Db.value("SELECT status FROM tenant WHERE id = ?", company));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", company));
    assertEquals(4, Db.count("SELECT SUM(row_count) FROM tombstone WHERE run_id = ? AND tenant_id = ?", run, company));
    assertEquals(3, Db.count("SELECT COUNT(*) FROM invoice WHERE tenant_id = ?", company));
  }

  @Test
  void theOnlyAdministratorOfACompanyWithMembersIsToldItStaysOpenWithoutOne() {
    long company = People.tenant("Atelier Partagé", "PRO", false);
    Person admin = People.customer(company, true, "en");
    Person member = People.customer(company, false, "en");
    PortalClient a = PortalClient.english();
    a.login(admin.email(), People.PASSWORD);
    Element fate = a.get("/customer/requests.xhtml").doc().getElementById("company-fate");
    assertTrue(fate.text().contains("You are the only administrator of") && fate.text().contains("1 other member keeps"),
        fate.text());
    PortalClient m = PortalClient.english();
    m.login(member.email(), People.PASSWORD);
    assertNull(m.get("/customer/requests.xhtml").doc().getElementById("company-fate"), "a member leaves the company as it is");

    long erasure = People.request(member, "ERASURE");
    Engines.start(Requests.admin("en"), erasure);
    Engines.await("the job", () -> Engines.jobStatus(erasure), "SUCCEEDED");
    assertEquals("ACTIVE", Db.value("SELECT status FROM tenant WHERE id = ?", company), "its administrator is still there");
  }

  /** Presses "run now" for {@code rule} on the admins' retention page and waits for the run to end. */
  private static long runNow(PortalClient admin, String rule) {
    long before = ((Number) Db.value("SELECT COALESCE(MAX(id), 0) FROM sweep_run")).longValue();
    for (int attempt = 0; attempt < 20; attempt++) {
      PortalClient.Page started = admin.submit(admin.get("/admin/retention.xhtml"), "run", Map.of("rule", rule), "start");
      if (started.doc().select("#messages").text().contains("has started")) {
        break;
      }
      sleep(200);
    }
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      Object id = Db.value("SELECT MIN(id) FROM sweep_run WHERE rule_code = ? AND id > ?", rule, before);
      if (id != null && !"RUNNING".equals(Db.value("SELECT status FROM sweep_run WHERE id = ?", id))) {
        return ((Number) id).longValue();
      }
      sleep(200);
    }
    throw new AssertionError("the " + rule + " sweep did not end");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
