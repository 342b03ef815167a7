package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each category page holds: the actual values and rows, a page at a time, why, who receives them, how long. */
class MyDataPagesIT {

  @Test
  void theBrowserLogIsReadAPageAtATime() {
    Customer c = Fixtures.newCustomer("fr");
    for (int i = 0; i < 60; i++) {
      Fixtures.visit(c, Instant.parse("2026-06-01T08:00:00Z").plusSeconds(60L * i), "10.0.0." + i);
    }
    PortalClient client = c.login();
    Page first = client.get("/customer/category.xhtml?c=C3");
    assertEquals(25, first.doc().select("#visits tbody tr").size());
    // The log also records the pages this test opens, a moment after each is served.
    String position = first.doc().getElementById("page-position").text();
    assertTrue(position.matches("Page 1 sur 3 \\(6[0-4] éléments\\)"), position);
    // The last page counts and lists in two reads: let the visits of the pages already opened land first, or one
    // landing between the two reads (as seen on a loaded machine) shifts the page by a row.
    awaitSettledVisits(c);
    Page last = client.get(first.doc().getElementById("page-next").attr("abs:href").replace("page=2", "page=3"));
    long total = Long.parseLong(last.doc().getElementById("page-position").text().replaceAll(".*\\((\\d+) .*", "$1"));
    assertEquals(total - 50, last.doc().select("#visits tbody tr").size());
    assertFalse(last.body().contains("id=\"page-next\""));
    assertTrue(last.doc().getElementById("visits").text().contains("10.0.0.0"), "the oldest visit is on the last page");
    Page beyond = client.get("/customer/category.xhtml?c=C3&page=999");
    assertTrue(beyond.doc().getElementById("page-position").text().startsWith("Page 3 sur 3"), "a page past the end shows the last");
  }

  private static void awaitSettledVisits(Customer c) {
    long before = -1;
    for (int i = 0; i < 50; i++) {
      long now = Db.count("SELECT COUNT(*) FROM browser_log WHERE user_id = ?", c.userId());
      if (now == before) {
        return;
      }
      before = now;
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A device is described in the reader's language ("sur Android 14"), whichever way it was stored. */
  @Test
  void devicesAreDescribedInTheReadersLanguage() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.visit(c, Instant.now().minusSeconds(3600), "10.9.9.9");
    Db.insert("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at, ip_address, user_agent)"
        + " VALUES (?,?,?,?,?,?)", "it-device-" + c.userId(), c.userId(), Instant.now().minusSeconds(7200),
        Instant.now().minusSeconds(3600), "41.202.10.7", "Edge 129.0 on Android 14");
    Db.insert("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at, ip_address, user_agent)"
        + " VALUES (?,?,?,?,?,?)", "it-device-2-" + c.userId(), c.userId(), Instant.now().minusSeconds(5400),
        Instant.now().minusSeconds(3000), "41.202.10.8", "Firefox 131.0 / Windows");
    PortalClient french = c.login();
    Page fr = french.get("/customer/category.xhtml?c=C3");
    String sessions = fr.doc().getElementById("sessions").text();
    assertTrue(sessions.contains("Edge 129.0 sur Android 14") && sessions.contains("Firefox 131.0 sur Windows"), sessions);
    assertFalse(sessions.contains(" on "), sessions);
    assertTrue(fr.doc().getElementById("visits").text().contains("Chrome 130.0 sur Linux"));
    assertTrue(fr.doc().getElementById("visits").text().contains("Cameroun"), "the country by its name");
    Page en = french.get("/customer/category.xhtml?c=C3&lang=en");
    String english = en.doc().getElementById("sessions").text();
    assertTrue(english.contains("Edge 129.0 on Android 14") && english.contains("Firefox 131.0 on Windows"), english);
    assertTrue(en.doc().getElementById("visits").text().contains("Chrome 130.0 on Linux"));
  }

  @Test
  void accountAndContactDataShowTheActualValuesAndWhyTheyAreHeld() {
    Customer c = Fixtures.newCustomer("en");
    Page page = c.login().get("/customer/category.xhtml?c=C1");
    assertEquals(c.email(), page.doc().getElementById("c1-email").text());
    assertEquals("+237699000111", page.doc().getElementById("c1-phone").text());
    assertEquals("1 rue du Test, BP 100 Douala (Cameroon)", page.doc().getElementById("c1-address").text());
    assertEquals(c.company(), page.doc().getElementById("c1-company").text());
    assertTrue(page.doc().getElementById("purpose").text().startsWith("Providing our services"));
    String recipients = page.doc().getElementById("recipients").text();
    for (String processor : List.of("Stripe", "NotchPay", "Flutterwave")) {
      assertFalse(recipients.contains(processor), "never paid through " + processor + ": " + recipients);
    }
    assertTrue(page.doc().getElementById("retention").text().contains("Life of the account"));
    // Issue 10, items 8/9: once an invoice went through a processor, that processor (and only it) is named,
    // on the account page and the billing page alike, as in the access copy.
    Fixtures.invoice(c, LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1));
    PortalClient client = c.login();
    for (String category : List.of("C1", "C7")) {
      String named = client.get("/customer/category.xhtml?c=" + category).doc().getElementById("recipients").text();
      assertTrue(named.contains("NotchPay"), category + ": " + named);
      assertFalse(named.contains("Stripe") || named.contains("Flutterwave"), category + ": " + named);
    }
  }

  /** The media storage holds a company's media only: a company without any never had data there. */
  @Test
  void aCompanyWithoutMediaIsNotToldItsDataWentToTheMediaStorage() {
    Customer c = Fixtures.newCustomer("en");
    Page page = c.login().get("/customer/category.xhtml?c=C4");
    String recipients = page.doc().getElementById("recipients").text();
    assertTrue(recipients.contains("OVHCloud"), recipients);
    assertFalse(recipients.contains("Amazon Web Services"), recipients);
  }

  @Test
  void theCompanyDatabaseInItsThreeTables() {
    Customer c = Fixtures.newCustomer("en");
    for (int i = 0; i < 30; i++) {
      Db.update("INSERT INTO tenant_customer (tenant_id, full_name, email, created_at) VALUES (?,?,?,?)", c.tenantId(),
          "Client " + i, "client" + i + "@example.com", Instant.now());
    }
    Db.update("INSERT INTO tenant_employee (tenant_id, full_name, job_title, created_at) VALUES (?,?,?,?)", c.tenantId(),
        "Employé Un", "Boulanger", Instant.now());
    Db.update("INSERT INTO tenant_media (tenant_id, kind, file_name, content_type, size_bytes, storage_key, uploaded_at)"
        + " VALUES (?,'PHOTO','vitrine.jpg','image/jpeg',2048,'s3://x',?)", c.tenantId(), Instant.now());
    PortalClient client = c.login();
    Page customers = client.get("/customer/category.xhtml?c=C4");
    assertEquals(25, customers.doc().select("#company-customers tbody tr").size());
    assertTrue(customers.doc().getElementById("c4-deleted-on").text().startsWith("Shared storage"));
    Page second = client.get(customers.doc().getElementById("page-next").attr("abs:href"));
    assertEquals(5, second.doc().select("#company-customers tbody tr").size());
    Page employees = client.get("/customer/category.xhtml?c=C4&t=employees");
    assertTrue(employees.doc().getElementById("company-employees").text().contains("Employé Un Boulanger"));
    Page media = client.get("/customer/category.xhtml?c=C4&t=media");
    assertTrue(media.doc().getElementById("company-media").text().contains("vitrine.jpg Photo 2 KB"),
        media.doc().getElementById("company-media").text());
    assertTrue(media.doc().getElementById("recipients").text().contains("Amazon Web Services"));
  }

  @Test
  void aMemberSeesTheirOwnInvoicesTheAdministratorTheCompanys() {
    Customer admin = Fixtures.newCustomer("en");
    Customer member = Fixtures.customerOf(admin.tenantId(), admin.company(), "en", false);
    Fixtures.invoice(admin, LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1));
    Fixtures.invoice(member, LocalDate.of(2026, 2, 1), LocalDate.of(2036, 2, 1));
    assertEquals(2, admin.login().get("/customer/category.xhtml?c=C7").doc().select("#invoices tbody tr").size());
    Page mine = member.login().get("/customer/category.xhtml?c=C7");
    assertEquals(1, mine.doc().select("#invoices tbody tr").size());
    assertTrue(mine.doc().getElementById("invoices").text().contains("1 February 2036"));
  }

  @Test
  void eventRegistrationsSayWithWhomTheyAreShared() {
    Customer c = Fixtures.newCustomer("en");
    Db.update("INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email, phone,"
        + " company, share_with_partners, registered_at) VALUES (?, 'Genuka Day', ?, 'GICAM', 'Awa Test', ?, '+237699000111',"
        + " 'ACME', TRUE, ?)", c.userId(), LocalDate.of(2027, 2, 1), c.email(), Instant.now());
    Page page = c.login().get("/customer/category.xhtml?c=C8");
    String row = page.doc().selectFirst("#events tbody tr").text();
    assertTrue(row.contains("Genuka Day") && row.contains("1 February 2027") && row.contains("Shared with GICAM"), row);
    assertTrue(page.doc().getElementById("facts-C8").text().contains("co-organiser and sponsors"));
    // As in the access copy: the co-organiser the registration was shared with is a recipient.
    assertTrue(page.doc().getElementById("recipients").text().contains("GICAM"),
        page.doc().getElementById("recipients").text());
  }
}
