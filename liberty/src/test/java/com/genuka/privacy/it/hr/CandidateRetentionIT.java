package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.TestClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deletion dates HR sees, at their edges, on PostgreSQL: R-T1 (the rule's period after the last
 * contact, counted in the deployment's time zone; at once on objection) and R-T2 (the end of the
 * contract plus the statutory period of the country), in the list, its "deleted by" filter and the
 * 30-day page. Every period comes from the rules: changing a rule moves the dates.
 */
class CandidateRetentionIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(PARIS).toInstant();
  }

  private static String position() {
    return "Retention " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Element row(Page page, long id) {
    return page.doc().selectFirst("tr[data-candidate=" + id + "]");
  }

  private static String listedDate(Page page, long id) {
    Element row = row(page, id);
    Element time = row == null ? null : row.selectFirst("td.deletion-cell time, td time");
    return time == null ? null : time.attr("datetime");
  }

  private static Page list(PortalClient hr, String position, String before) {
    return hr.get("/hr/candidates.xhtml?position=" + URLEncoder.encode(position, StandardCharsets.UTF_8)
        + (before == null ? "" : "&before=" + before));
  }

  @Test
  void notHiredCandidatesAreDueThreeYearsAfterTheirLastContactInParisTime() {
    LocalDate today = LocalDate.ofInstant(TestClock.now(), PARIS);
    String position = position();
    LocalDate edge = today.plusDays(30);
    long onTheEdge = HrSupport.insert("Edge Thirty", HrSupport.uniqueEmail("ret"), position, "REJECTED", "fr",
        at(edge.minusYears(3), LocalTime.of(9, 0)), at(edge.minusYears(3), LocalTime.of(9, 0)));
    long lateEvening = HrSupport.insert("Late Evening", HrSupport.uniqueEmail("ret"), position, "REJECTED", "fr",
        at(edge.minusYears(3), LocalTime.of(23, 59, 59)), at(edge.minusYears(3), LocalTime.of(23, 59, 59)));
    long justAfter = HrSupport.insert("Just After", HrSupport.uniqueEmail("ret"), position, "WITHDRAWN", "fr",
        at(edge.plusDays(1).minusYears(3), LocalTime.MIDNIGHT), at(edge.plusDays(1).minusYears(3), LocalTime.MIDNIGHT));
    long today3y = HrSupport.insert("Due Today", HrSupport.uniqueEmail("ret"), position, "REJECTED", "en",
        at(today.minusYears(3), LocalTime.NOON), at(today.minusYears(3), LocalTime.NOON));
    long late = HrSupport.insert("Already Late", HrSupport.uniqueEmail("ret"), position, "REJECTED", "en",
        at(today.minusYears(3).minusDays(2), LocalTime.NOON), at(today.minusYears(3).minusDays(2), LocalTime.NOON));
    long recent = HrSupport.insert("Recent Contact", HrSupport.uniqueEmail("ret"), position, "INTERVIEWING", "fr",
        at(today.minusDays(3), LocalTime.NOON), at(today.minusDays(3), LocalTime.NOON));

    PortalClient hr = HrSupport.hr("fr");
    Page all = list(hr, position, null);
    assertEquals(edge.toString(), listedDate(all, onTheEdge));
    assertEquals(edge.toString(), listedDate(all, lateEvening), "23:59:59 in Paris is still that day");
    assertEquals(edge.plusDays(1).toString(), listedDate(all, justAfter), "midnight in Paris is the next day");
    assertEquals(today.toString(), listedDate(all, today3y));
    assertEquals(today.minusDays(2).toString(), listedDate(all, late));
    assertEquals(today.plusYears(3).minusDays(3).toString(), listedDate(all, recent));
    assertTrue(row(all, onTheEdge).text().contains(
        edge.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRANCE))), row(all, onTheEdge).text());
    assertTrue(row(all, onTheEdge).text().contains("dans 30 jours"));
    assertTrue(row(all, late).hasClass("row-overdue"));

    Page by = list(hr, position, edge.toString());
    assertTrue(row(by, onTheEdge) != null && row(by, lateEvening) != null && row(by, today3y) != null && row(by, late) != null);
    assertNull(row(by, justAfter), "deleted the day after the filter's date");
    assertNull(row(by, recent));

    Page due = hr.get("/hr/due.xhtml");
    for (long id : new long[] {onTheEdge, lateEvening, today3y, late}) {
      assertTrue(row(due, id) != null, "due within 30 days: " + id);
    }
    assertNull(row(due, justAfter), "31 days away");
    assertNull(row(due, recent));
    java.util.List<String> order = due.doc().select("tr[data-candidate]").eachAttr("data-candidate");
    assertTrue(order.indexOf(Long.toString(late)) < order.indexOf(Long.toString(onTheEdge)), "soonest first");
  }

  @Test
  void theLeapDayFollowsTheCalendar() {
    // On 29 January 2027 the window ends on 28 February 2027: three years after 29 February 2024.
    TestClock.travelTo(Instant.parse("2027-01-29T10:00:00Z"));
    String position = position();
    long leap = HrSupport.insert("Leap Day", HrSupport.uniqueEmail("leap"), position, "REJECTED", "fr",
        at(LocalDate.parse("2024-02-29"), LocalTime.NOON), at(LocalDate.parse("2024-02-29"), LocalTime.NOON));
    long march = HrSupport.insert("First Of March", HrSupport.uniqueEmail("leap"), position, "REJECTED", "fr",
        at(LocalDate.parse("2024-03-01"), LocalTime.NOON), at(LocalDate.parse("2024-03-01"), LocalTime.NOON));
    PortalClient hr = HrSupport.hr("en");
    Page all = list(hr, position, null);
    assertEquals("2027-02-28", listedDate(all, leap));
    assertEquals("2027-03-01", listedDate(all, march));
    Page due = hr.get("/hr/due.xhtml");
    assertTrue(row(due, leap) != null);
    assertNull(row(due, march));
  }

  @Test
  void anObjectionMakesTheDataDueToday() {
    LocalDate today = LocalDate.ofInstant(TestClock.now(), PARIS);
    String position = position();
    long objected = HrSupport.insert("Objecting Candidate", HrSupport.uniqueEmail("obj"), position, "REJECTED", "fr",
        Instant.now(), Instant.now());
    Db.update("UPDATE candidate SET objected_to_retention = TRUE WHERE id = ?", objected);
    PortalClient hr = HrSupport.hr("fr");
    assertEquals(today.toString(), listedDate(list(hr, position, null), objected));
    Element row = row(hr.get("/hr/due.xhtml"), objected);
    assertTrue(row != null && row.text().contains("Opposition"), row == null ? "absent" : row.text());
    Page detail = HrSupport.page(hr, objected);
    assertEquals("OBJECTION", detail.doc().getElementById("deletion").attr("data-basis"));
  }

  @Test
  void hiredCandidatesAreKeptForTheContractThenTheCountrysPeriod() {
    LocalDate today = LocalDate.ofInstant(TestClock.now(), PARIS);
    String position = position();
    Instant long_ago = Instant.now().minusSeconds(3600L * 24 * 400);
    long ends = HrSupport.insert("Hired Ends", HrSupport.uniqueEmail("hired"), position, "APPLIED", "fr", long_ago, long_ago);
    HrSupport.hire(ends, "FR", today.minusYears(7), today.plusDays(30).minusYears(5));
    long later = HrSupport.insert("Hired Later", HrSupport.uniqueEmail("hired"), position, "APPLIED", "fr", long_ago, long_ago);
    HrSupport.hire(later, "FR", today.minusYears(7), today.plusDays(31).minusYears(5));
    long running = HrSupport.insert("Hired Running", HrSupport.uniqueEmail("hired"), position, "APPLIED", "fr", long_ago, long_ago);
    HrSupport.hire(running, "CM", today.minusYears(1), null);
    long unknownCountry = HrSupport.insert("Hired Elsewhere", HrSupport.uniqueEmail("hired"), position, "APPLIED", "fr",
        long_ago, long_ago);
    HrSupport.hire(unknownCountry, "SN", today.minusYears(9), today.minusYears(8));

    PortalClient hr = HrSupport.hr("fr");
    Page all = list(hr, position, null);
    assertEquals(today.plusDays(30).toString(), listedDate(all, ends));
    assertEquals(today.plusDays(31).toString(), listedDate(all, later));
    assertNull(listedDate(all, running));
    assertTrue(row(all, running).text().contains("Pendant le contrat"), row(all, running).text());
    assertTrue(row(all, unknownCountry).text().contains("Durée légale du pays à renseigner"));
    Page due = hr.get("/hr/due.xhtml");
    assertTrue(row(due, ends) != null);
    assertNull(row(due, later));
    assertNull(row(due, running));
    assertNull(row(due, unknownCountry), "no statutory period on record: never dated, never listed");
    Page detail = HrSupport.page(hr, ends);
    assertEquals("CONTRACT_END", detail.doc().getElementById("deletion").attr("data-basis"));
    assertTrue(detail.doc().getElementById("deletion-basis").text().contains("5 ans"));
  }

  @Test
  void theDatesComeFromTheRulesNotFromTheCode() {
    LocalDate today = LocalDate.ofInstant(TestClock.now(), PARIS);
    String position = position();
    long id = HrSupport.insert("Rule Follower", HrSupport.uniqueEmail("rule"), position, "REJECTED", "fr",
        at(today.minusYears(1), LocalTime.NOON), at(today.minusYears(1), LocalTime.NOON));
    PortalClient hr = HrSupport.hr("fr");
    assertEquals(today.plusYears(2).toString(), listedDate(list(hr, position, null), id));
    try {
      Db.update("UPDATE retention_rule SET amount = 2 WHERE code = 'CANDIDATE_NOT_HIRED'");
      assertEquals(today.plusYears(1).toString(), listedDate(list(hr, position, null), id));
      assertTrue(HrSupport.page(hr, id).doc().getElementById("deletion-basis").text().contains("2 ans"));
    } finally {
      Db.update("UPDATE retention_rule SET amount = 3 WHERE code = 'CANDIDATE_NOT_HIRED'");
    }
    assertFalse(HrSupport.page(hr, id).doc().getElementById("deletion-basis").text().contains("2 ans"));
  }
}
