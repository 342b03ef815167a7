package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.PortalClient;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every time-limited item shows the day it is deleted, computed from the retention rules the
 * sweeps obey (counted on the calendar in the deployment's zone, Europe/Paris), and deleted data
 * still in backups shows the day it leaves them (R-T7).
 */
class DeletionDatesIT {

  @Test
  void aVisitOfThirdMarchIsDeletedOnThirdMarchAYearLaterAndLeavesTheBackupsAYearAfterThat() {
    Customer c = Fixtures.newCustomer("en");
    Fixtures.visit(c, Instant.parse("2026-03-03T10:15:00Z"), "10.9.8.7");
    Page page = c.login().get("/customer/category.xhtml?c=C3");
    assertEquals(200, page.status());
    Element row = page.doc().select("#visits tbody tr").stream()
        .filter(r -> r.text().contains("10.9.8.7")).findFirst().orElseThrow(() -> new AssertionError(page.mainText()));
    assertTrue(row.text().contains("3 March 2026 at 11:15"), row.text());
    assertEquals("3 March 2027", row.select("td.deleted-on").text());
    assertTrue(row.text().endsWith("3 March 2028"), row.text());
    assertTrue(page.doc().getElementById("retention").text().contains("12 months"), "the rule the date comes from");
  }

  private static Element row(Page page, String ip) {
    return page.doc().select("#visits tbody tr").stream().filter(r -> r.text().contains(ip)).findFirst()
        .orElseThrow(() -> new AssertionError(page.mainText()));
  }

  @Test
  void inFrenchTheSameVisitReadsInFrench() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.visit(c, Instant.parse("2026-03-03T10:15:00Z"), "10.9.8.6");
    Page page = c.login().get("/customer/category.xhtml?c=C3");
    assertEquals("3 mars 2027", row(page, "10.9.8.6").select("td.deleted-on").text());
    assertTrue(page.doc().getElementById("retention").text().contains("12 mois"));
  }

  @Test
  void theDateFollowsTheRuleWhenItsPeriodChanges() {
    Customer c = Fixtures.newCustomer("en");
    Fixtures.visit(c, Instant.parse("2026-03-03T10:15:00Z"), "10.9.8.5");
    Object before = Db.value("SELECT amount FROM retention_rule WHERE code = 'BROWSER_LOG'");
    try {
      Db.update("UPDATE retention_rule SET amount = 6 WHERE code = 'BROWSER_LOG'");
      Page page = c.login().get("/customer/category.xhtml?c=C3");
      assertEquals("3 September 2026", row(page, "10.9.8.5").select("td.deleted-on time").text());
      assertEquals(!LocalDate.of(2026, 9, 3).isAfter(It.today()), !row(page, "10.9.8.5").select(".being-deleted").isEmpty(),
          "from its new deletion day on, it is being deleted");
    } finally {
      Db.update("UPDATE retention_rule SET amount = ? WHERE code = 'BROWSER_LOG'", before);
    }
  }

  @Test
  void aRecordingGoesAMonthAfterItWasMadeEvenAtTheEndOfAMonth() {
    Customer c = Fixtures.newCustomer("en");
    // 31 October 23:30 UTC is already 1 November in Paris: deleted on 1 December.
    Fixtures.recording(c, Instant.parse("2026-10-31T23:30:00Z"));
    Fixtures.recording(c, Instant.parse("2026-10-31T10:00:00Z"));
    Page page = c.login().get("/customer/recordings.xhtml");
    assertEquals(java.util.List.of("1 December 2026", "30 November 2026"),
        page.doc().select("#recordings td.deleted-on time").eachText());
  }

  /**
   * Issue 10, item 5: a row whose deletion day has come is only waiting for the sweep; the pages say
   * "being deleted" instead of showing it as kept, in English and in French, and not for the others.
   */
  @Test
  void rowsPastTheirDeletionDayReadBeingDeletedNotKept() {
    Customer c = Fixtures.newCustomer("en");
    Instant now = Instant.now();
    Fixtures.visit(c, now.minus(java.time.Duration.ofDays(400)), "10.9.1.1");
    Fixtures.visit(c, now.minus(java.time.Duration.ofDays(30)), "10.9.1.2");
    Fixtures.recording(c, now.minus(java.time.Duration.ofDays(40)));
    Fixtures.recording(c, now.minus(java.time.Duration.ofDays(2)));
    Fixtures.invoice(c, It.today().minusYears(10).minusDays(1), It.today().minusDays(1));
    Fixtures.invoice(c, It.today().minusDays(20), It.today().plusYears(10));
    Db.update("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?,?,?,?)",
        (Fixtures.unique("h") + "0".repeat(64)).substring(0, 64), c.userId(), now.minus(java.time.Duration.ofDays(20)),
        now.minus(java.time.Duration.ofDays(9)));
    PortalClient client = c.login();
    Page c3 = client.get("/customer/category.xhtml?c=C3");
    assertEquals("Being deleted", row(c3, "10.9.1.1").select("td.deleted-on .being-deleted").text());
    assertTrue(row(c3, "10.9.1.2").select(".being-deleted").isEmpty(), "a visit within its 12 months is kept");
    assertTrue(c3.doc().getElementById("sessions").text().contains("Being deleted"), c3.doc().getElementById("sessions").text());
    Page recordings = client.get("/customer/recordings.xhtml");
    assertEquals(1, recordings.doc().select("#recordings .being-deleted").size(), recordings.mainText());
    Page c7 = client.get("/customer/category.xhtml?c=C7");
    assertEquals(1, c7.doc().select("#invoices .being-deleted").size(), "the invoice whose hold ended: " + c7.mainText());
    // The overview counts them apart, not as held.
    Page overview = client.get("/customer/data.xhtml");
    // (visits: the count also holds the visits this test's own logins made; recordings are exact)
    assertEquals("1 item past its deletion day: being deleted, no longer kept",
        overview.doc().getElementById("c3-being-deleted").text());
    assertEquals("1 recording", overview.doc().select("#card-C5 .count").first().text());
    assertTrue(overview.doc().getElementById("c5-being-deleted").text().startsWith("1 item past its deletion day"));

    Customer fr = Fixtures.newCustomer("fr");
    Fixtures.visit(fr, now.minus(java.time.Duration.ofDays(400)), "10.9.1.3");
    Page french = fr.login().get("/customer/category.xhtml?c=C3");
    assertEquals("En cours de suppression", row(french, "10.9.1.3").select("td.deleted-on .being-deleted").text());
    Page frOverview = fr.login().get("/customer/data.xhtml");
    assertTrue(frOverview.doc().getElementById("c3-being-deleted").text()
        .startsWith("1 élément dont le jour de suppression est passé : en cours de suppression"));
  }

  @Test
  void aPrivateEnterpriseDatabaseGoesFourMonthsAfterItsLastUse() {
    String company = Fixtures.unique("Entreprise privée");
    long tenant = Fixtures.tenant(company, "ENTERPRISE", true, "FR", Instant.parse("2026-10-20T09:00:00Z"));
    Customer c = Fixtures.customerOf(tenant, company, "en", true);
    Page page = c.login().get("/customer/category.xhtml?c=C4");
    assertTrue(page.doc().getElementById("c4-deleted-on").text().startsWith("On 20 February 2027"),
        page.doc().getElementById("c4-deleted-on").text());
    assertTrue(page.doc().getElementById("c4-deleted-on").text().contains("20 February 2028"));
    assertTrue(page.doc().select("#c4-deleted-on .being-deleted").isEmpty() == It.today().isBefore(LocalDate.of(2027, 2, 20)),
        "being deleted from its day on");
  }

  @Test
  void invoicesShowTheEndOfTheirLegalHold() {
    Customer c = Fixtures.newCustomer("fr");
    Fixtures.invoice(c, LocalDate.of(2026, 5, 1), LocalDate.of(2036, 5, 1));
    Page page = c.login().get("/customer/category.xhtml?c=C7");
    assertEquals("1 mai 2036", page.doc().selectFirst("#invoices td.deleted-on").text());
  }

  @Test
  void deletedDataStillInBackupsShowsTheDayItLeavesThem() {
    Customer c = Fixtures.newCustomer("en");
    // Dated from today: what has left the backups depends on it.
    LocalDate deleted = It.today().minusDays(24);
    LocalDate leaves = deleted.plusMonths(12);
    Fixtures.tombstone(c, "C5", "RECORDING", 3, deleted.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC), leaves);
    Fixtures.tombstone(c, "C5", "RECORDING", 1, deleted.minusYears(2).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC),
        deleted.minusYears(1));
    String leavesText = leaves.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    PortalClient client = c.login();
    Page overview = client.get("/customer/data.xhtml");
    assertEquals(1, overview.doc().select("#all-in-backups tbody tr").size(), "what has left the backups is not listed");
    assertTrue(overview.doc().selectFirst("#all-in-backups tbody tr").text().endsWith(leavesText),
        overview.doc().selectFirst("#all-in-backups tbody tr").text());
    Page recordings = client.get("/customer/recordings.xhtml");
    assertTrue(recordings.doc().getElementById("in-backups").text().contains(leavesText));
  }

  @Test
  void sessionsShowTheEarlierOfTheIdleAndTheMaximumLimit() {
    Customer c = Fixtures.newCustomer("en");
    Db.update("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at) VALUES (?,?,?,?)",
        (Fixtures.unique("h") + "0".repeat(64)).substring(0, 64), c.userId(), Instant.parse("2026-09-01T10:00:00Z"),
        Instant.parse("2026-11-25T10:00:00Z"));
    Page page = c.login().get("/customer/category.xhtml?c=C3");
    assertTrue(page.doc().getElementById("sessions").text().contains("1 December 2026"),
        "3 months after opening comes before 7 days after the last activity: " + page.doc().getElementById("sessions").text());
  }
}
