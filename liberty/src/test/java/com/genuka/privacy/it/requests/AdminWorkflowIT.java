package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import com.genuka.privacy.it.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin side of the workflow: logging, deadlines, extension, rejection, completion, races (R-Q1, R-Q2, R-R7). */
class AdminWorkflowIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  private static String email() {
    return "subject-" + UUID.randomUUID() + "@example.org";
  }

  @ParameterizedTest(name = "received {0} → due {1}")
  @CsvSource({"2026-01-31, 2026-02-28, 2026-02-10T09:00:00Z", "2028-01-31, 2028-02-29, 2028-02-10T09:00:00Z",
      "2026-03-31, 2026-04-30, 2026-04-02T09:00:00Z"})
  void aRequestLoggedFromWhatsappIsDueOneCalendarMonthAfterReceipt(String received, String due, String now) {
    TestClock.travelTo(Instant.parse(now));
    String email = email();
    Page page = Requests.log(Requests.admin("en"), "ACCESS", "WHATSAPP", received, email, "Awa Test", "fr", "WhatsApp message");
    long id = Requests.idByEmail(email);
    assertEquals(LocalDate.parse(due), ((java.sql.Date) Db.value("SELECT due_date FROM privacy_request WHERE id = ?", id)).toLocalDate());
    assertEquals("WHATSAPP", Db.value("SELECT channel FROM privacy_request WHERE id = ?", id));
    assertEquals("/admin/request.xhtml", page.path());
    assertTrue(page.doc().getElementById("request-due").text().startsWith(LocalDate.parse(due).getDayOfMonth() + " "),
        page.doc().getElementById("request-due").text());
  }

  @Test
  void aLoggedRequestCannotBeReceivedInTheFuture() {
    String email = email();
    Page refused = Requests.log(Requests.admin("fr"), "ACCESS", "EMAIL", It.today().plusDays(3).toString(), email,
        "Futur", "fr", "");
    assertTrue(refused.mainText().contains("La date de réception ne peut pas être dans le futur."), refused.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?", email));
  }

  @Test
  void theDeadlineCanBeExtendedOnceByAtMostTwoMonthsAndTheSubjectIsToldWhy() {
    String email = email();
    PortalClient admin = Requests.admin("en");
    Requests.log(admin, "ERASURE", "EMAIL", It.today().minusDays(3).toString(), email, "Ext Subject", "en", "erase me");
    long id = Requests.idByEmail(email);
    LocalDate original = ((java.sql.Date) Db.value("SELECT due_date FROM privacy_request WHERE id = ?", id)).toLocalDate();

    Page tooLong = Requests.act(admin, id, "extend", Map.of("months", "3", "reason", "Large archive to search through"));
    assertEquals(400, tooLong.status());

    Page extended = Requests.act(admin, id, "extend", Map.of("months", "2", "reason", "Large archive to search through"));
    assertEquals(200, extended.status(), extended.body());
    assertEquals(original.plusMonths(2).toString(), extended.json().getString("dueDate"));
    MailTrap.Mail told = mail.await(m -> m.to().contains(email) && m.subject().contains("more time needed"));
    assertTrue(told.text().contains("Large archive to search through"), told.text());
    assertTrue(told.text().contains("12(3)"));

    Page again = Requests.act(admin, id, "extend", Map.of("months", "1", "reason", "Still more time needed here"));
    assertEquals(409, again.status());
    assertTrue(again.json().getString("message").contains("already been extended once"), again.body());
    assertEquals(original.plusMonths(2), ((java.sql.Date) Db.value("SELECT due_date FROM privacy_request WHERE id = ?", id)).toLocalDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, « Reçue » et ne peut pas passer à « Terminée »", "en, \"Received\" and cannot move to \"Completed\""})
  void anIllegalTransitionIsRefusedClearlyAndChangesNothing(String language, String refusal) {
    String email = email();
    PortalClient admin = Requests.admin(language);
    Requests.log(admin, "ACCESS", "EMAIL", It.today().toString(), email, "Illegal", "fr", "");
    long id = Requests.idByEmail(email);
    int version = Requests.version(id);
    Page refused = Requests.act(admin, id, "complete", Map.of("note", "done"));
    assertEquals(409, refused.status());
    assertTrue(refused.json().getString("message").contains(refusal), refused.body());
    assertEquals("SUBMITTED", Requests.status(id));
    assertEquals(version, Requests.version(id));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM request_event WHERE request_id = ? AND action = 'COMPLETED'", id));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, Quelqu'un d'autre vient de modifier", "en, Someone else has just changed"})
  void twoAdminsActingOnTheSameRequestCannotBothSucceed(String language, String refusal) {
    String email = email();
    PortalClient first = Requests.admin(language);
    PortalClient second = PortalClient.speaking(language);
    second.login(DemoAccounts.ADMIN_2.email(), DemoAccounts.ADMIN_2.password());
    Requests.log(first, "ACCESS", "EMAIL", It.today().toString(), email, "Race", "fr", "");
    long id = Requests.idByEmail(email);
    Page seenByFirst = first.get("/admin/request.xhtml?id=" + id);
    Page seenBySecond = second.get("/admin/request.xhtml?id=" + id);

    Page verified = first.submit(seenByFirst, "actions", Map.of(), "verify");
    assertEquals("VERIFIED", Requests.status(id), verified.mainText());

    long paul = ((Number) Db.value("SELECT id FROM user_account WHERE email = ?", DemoAccounts.ADMIN_2.email())).longValue();
    Page refused = second.submit(seenBySecond, "actions", Map.of("assignee", Long.toString(paul)), "assign");
    assertTrue(refused.mainText().contains(refusal), refused.mainText());
    assertNull(Db.value("SELECT assigned_to FROM privacy_request WHERE id = ?", id), "the second action changed nothing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, ne peut pas être satisfaite, obligation légale, CNIL",
    "en, cannot be met, legal obligation, CNIL",
  })
  void aRejectionTellsTheSubjectWhyAndTheirRightToComplain(String language, String subject, String reason, String authority) {
    String email = email();
    PortalClient admin = Requests.admin("fr");
    Requests.log(admin, "ERASURE", "EMAIL", It.today().toString(), email, "Rejected Subject", language, "");
    long id = Requests.idByEmail(email);
    Page rejected = Requests.act(admin, id, "reject", Map.of("template", "LEGAL_OBLIGATION", "text", ""));
    assertEquals(200, rejected.status(), rejected.body());
    assertEquals("REJECTED", Requests.status(id));
    MailTrap.Mail told = mail.await(m -> m.to().contains(email) && m.subject().contains(subject));
    assertTrue(told.text().contains(reason), told.text());
    assertTrue(told.text().contains(authority), told.text());
    assertEquals(language, told.header("Content-Language"));
  }

  @Test
  void workingARequestToTheEndTellsTheSubjectAndKeepsTheHistory() {
    String email = email();
    PortalClient admin = Requests.admin("en");
    Requests.log(admin, "RECTIFICATION", "EMAIL", It.today().toString(), email, "Done Subject", "en", "new phone");
    long id = Requests.idByEmail(email);
    assertEquals(200, Requests.act(admin, id, "verify", Map.of()).status());
    assertEquals(200, Requests.act(admin, id, "start", Map.of()).status());
    Page done = Requests.act(admin, id, "complete", Map.of("note", "Your phone number was corrected."));
    assertEquals("COMPLETED", done.json().getString("status"));
    MailTrap.Mail told = mail.await(m -> m.to().contains(email) && m.subject().contains("has been handled"));
    assertTrue(told.text().contains("Your phone number was corrected."));
    Page page = admin.get("/admin/request.xhtml?id=" + id);
    String history = page.doc().getElementById("request-history").text();
    for (String step : new String[] {"Request logged by an admin", "Identity verified", "Handling started", "Handled"}) {
      assertTrue(history.contains(step), history);
    }
    assertTrue(history.contains("Channel: E-mail; received on "), "how and when it arrived, in words: " + history);
    assertTrue(history.contains("Identity checked by an admin."), history);
    String french = Requests.admin("fr").get("/admin/request.xhtml?id=" + id).doc().getElementById("request-history").text();
    assertTrue(french.contains("Identité vérifiée par un administrateur.") && french.contains("Canal : E-mail ; reçue le "),
        french);
    assertTrue(mail.to(email).stream().anyMatch(m -> m.subject().contains("is registered")), "acknowledged when logged");
  }

  /** The API's history speaks the caller's language, like the page: no raw key such as history.note.login. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr|Identité vérifiée par un administrateur.|Canal : E-mail ; reçue le ",
    "en|Identity checked by an admin.|Channel: E-mail; received on ",
  })
  void theApiWritesTheWorkflowsNotesInTheCallersLanguage(String language, String verified, String logged) {
    String email = email();
    PortalClient admin = Requests.admin(language);
    Requests.log(admin, "ACCESS", "EMAIL", It.today().toString(), email, "Api Reader", "en", "");
    long id = Requests.idByEmail(email);
    Page answer = Requests.act(admin, id, "verify", Map.of());
    assertEquals(200, answer.status(), answer.body());
    assertTrue(!answer.body().contains("history.note."), "no raw message key: " + answer.body());
    java.util.List<String> notes = answer.json().getJsonArray("history").stream()
        .map(v -> v.asJsonObject().getString("note", "")).toList();
    assertTrue(notes.contains(verified), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(logged)), notes.toString());
    assertEquals("VERIFIED", answer.json().getString("status"), "the rest of the answer is unchanged");
    assertEquals(id, answer.json().getJsonNumber("id").longValue());
    Page read = admin.get("/api/admin/requests/" + id);
    assertTrue(!read.body().contains("history.note."), read.body());
  }

  /** The audit log says what each row records in the admin's language; the stored note is marked as English. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr|Demande enregistrée par un administrateur", "en|Request logged by an admin"})
  void theAuditLogSaysWhatHappenedInTheAdminsLanguage(String language, String described) {
    PortalClient admin = Requests.admin(language);
    Requests.log(admin, "ACCESS", "EMAIL", It.today().toString(), email(), "Audit Reader", "en", "");
    Page log = admin.get("/admin/audit.xhtml");
    org.jsoup.nodes.Element logged = log.doc().select("#audit-table tbody tr").stream()
        .filter(r -> r.select("code").text().equals("REQUEST_LOGGED")).findFirst()
        .orElseThrow(() -> new AssertionError(log.doc().select("#audit-table").text()));
    String summary = logged.selectFirst("td.audit-summary").text();
    assertTrue(summary.startsWith(described), summary);
    assertEquals("en", logged.selectFirst("td.audit-summary span[lang]").attr("lang"), "the technical note is marked English");
  }

  /** The dashboard writes its numbers the reader's way: "6,5" and "83 %" in French, "6.5" and "83%" in English. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr|^\\d{1,3}( \\d{3})*(,\\d)?$|^\\d{1,3} %$", "en|^\\d{1,3}(,\\d{3})*(\\.\\d)?$|^\\d{1,3}%$"})
  void theDashboardWritesNumbersTheReadersWay(String language, String number, String percent) {
    String email = email();
    PortalClient admin = Requests.admin(language);
    Requests.log(admin, "RECTIFICATION", "EMAIL", It.today().toString(), email, "Counted Subject", "en", "");
    long id = Requests.idByEmail(email);
    Requests.act(admin, id, "verify", Map.of());
    Requests.act(admin, id, "start", Map.of());
    assertEquals(200, Requests.act(admin, id, "complete", Map.of("note", "Done.")).status());
    Page dashboard = admin.get("/admin/dashboard.xhtml");
    String median = dashboard.doc().getElementById("kpi-median-value").text().replace('\u00a0', ' ');
    assertTrue(median.matches(number), "a request closed this year has a median, written " + median);
    String onTime = dashboard.doc().getElementById("kpi-ontime-value").text().replace('\u00a0', ' ');
    assertTrue(onTime.matches(percent), onTime);
    for (org.jsoup.nodes.Element cell : dashboard.doc().select("#year-table td")) {
      String text = cell.text().replace('\u00a0', ' ');
      assertTrue(text.equals("—") || text.matches(number) || text.matches(percent), "a cell reads " + text);
    }
  }

  @Test
  void adminsAreRemindedSevenAndTwoDaysBeforeTheDeadlineAndOnceItHasPassed() {
    String soon = email();
    String late = email();
    PortalClient admin = Requests.admin("en");
    Requests.log(admin, "ACCESS", "EMAIL", It.today().minusMonths(1).plusDays(6).toString(), soon, "Soon", "en", "");
    Requests.log(admin, "ACCESS", "EMAIL", It.today().minusMonths(1).minusDays(2).toString(), late, "Late", "en", "");
    String soonRef = (String) Db.value("SELECT reference FROM privacy_request WHERE subject_email = ?", soon);
    String lateRef = (String) Db.value("SELECT reference FROM privacy_request WHERE subject_email = ?", late);
    admin.post("/api/test/jobs/request-reminders", Map.of());
    mail.await(m -> m.to().contains(DemoAccounts.ADMIN_2.email()) && m.subject().startsWith("Reminder: request " + soonRef));
    mail.await(m -> m.to().contains(DemoAccounts.ADMIN.email()) && m.subject().startsWith("En retard : la demande " + lateRef));
    admin.post("/api/test/jobs/request-reminders", Map.of());
    assertEquals(1, mail.settle(m -> m.subject().contains(soonRef) && m.to().contains(DemoAccounts.ADMIN_2.email())
        && m.subject().startsWith("Reminder"), java.time.Duration.ofSeconds(3)).size(), "sent once");

    TestClock.travelTo(Instant.now().plus(java.time.Duration.ofDays(5)));
    admin.post("/api/test/jobs/request-reminders", Map.of());
    assertEquals(2, mail.awaitCount(m -> m.subject().contains(soonRef) && m.to().contains(DemoAccounts.ADMIN_2.email())
        && m.subject().startsWith("Reminder"), 2).size(), "then again two days before");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a number too long | +237 6 99 00 11 22 33 44 55 66 77 88 99 00 11 | Phone: 32 characters at most",
    "details filling the column | +237 699001122 | The details are too long"})
  void aWhatsAppRequestWithTooMuchTextIsRefusedClearly(String what, String phone, String refusal) {
    PortalClient admin = Requests.admin("en");
    String name = "WhatsApp " + UUID.randomUUID().toString().substring(0, 8);
    String details = what.startsWith("details") ? "x".repeat(3995) : "";
    Page page = admin.submit(admin.get("/admin/log-request.xhtml"), "log", Map.of("type", "ACCESS", "channel", "WHATSAPP",
        "receivedDate", It.today().toString(), "receivedTime", "00:00", "fullName", name, "phone", phone, "locale", "en",
        "details", details), "save");
    assertTrue(page.mainText().contains(refusal), page.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_name = ?", name), "nothing is logged");
  }

  @Test
  void theQueueFiltersAndSorts() {
    PortalClient admin = Requests.admin("en");
    Page overdue = admin.get("/admin/requests.xhtml?overdue=true&status=OPEN");
    assertTrue(overdue.doc().select("#request-queue tbody tr").size() >= 1);
    assertTrue(overdue.doc().select("#request-queue tbody tr").stream().allMatch(tr -> tr.hasClass("row-overdue")));
    Page whatsapp = admin.get("/admin/requests.xhtml?channel=WHATSAPP&status=ALL");
    assertTrue(whatsapp.doc().select("#request-queue tbody tr td:nth-of-type(3)").eachText().stream().allMatch("WhatsApp"::equals));
    Page byDue = admin.get("/admin/requests.xhtml?status=OPEN&sort=DUE&dir=desc");
    var dues = byDue.doc().select("#request-queue tbody time").eachAttr("datetime");
    assertEquals(dues.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dues);
    assertEquals("descending", byDue.doc().getElementById("sort-DUE").parent().attr("aria-sort"));
    Page nonsense = admin.get("/admin/requests.xhtml?type=DROP%20TABLE&sort=x&due=notadate");
    assertEquals(200, nonsense.status());
  }

  /**
   * Issue 10, item 6: GDPR art. 12(3) allows an extension only when the person is told within the
   * first month. Once the original due date has passed, the API refuses it in the admin's language
   * and the page offers none, saying why.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, L'échéance d'origine, est passée", "en, The original due date, has passed"})
  void anExtensionIsRefusedOnceTheOriginalDueDateHasPassed(String language, String refusal, String passed) {
    String email = email();
    PortalClient admin = Requests.admin(language);
    Requests.log(admin, "RECTIFICATION", "EMAIL", It.today().minusMonths(1).minusDays(2).toString(), email, "Late Subject",
        "en", "new address");
    long id = Requests.idByEmail(email);
    Object due = Db.value("SELECT due_date FROM privacy_request WHERE id = ?", id);

    Page refused = Requests.act(admin, id, "extend", Map.of("months", "1", "reason", "Large archive to search through"));
    assertEquals(409, refused.status(), refused.body());
    String message = refused.json().getString("message");
    assertTrue(message.contains(refusal) && message.contains(passed) && message.contains("12(3)"), message);
    assertEquals(due, Db.value("SELECT due_date FROM privacy_request WHERE id = ?", id), "nothing changed");
    assertNull(Db.value("SELECT extension_reason FROM privacy_request WHERE id = ?", id));
    assertEquals(0, mail.settle(m -> m.to().contains(email) && m.subject().contains("more time"),
        java.time.Duration.ofSeconds(2)).size(), "the person is told nothing");

    Page page = admin.get("/admin/request.xhtml?id=" + id);
    assertNull(page.doc().getElementById("actions:extend"), "no extension offered");
    assertTrue(page.doc().getElementById("extend-too-late").text().contains("12(3)"), page.mainText());
    assertEquals(1, page.doc().select("#request-urgency.badge-overdue").size(), "still shown overdue");
  }

  /**
   * Issue 10, item 6: a request that was once past its due date stays counted late — in the queue's
   * flag and filter and in the dashboard's "closed on time" — even when its due date later moved
   * (an extension given after the due date before this was refused) and it was closed by the new one.
   */
  @Test
  void aRequestOnceOverdueStaysLateInTheQueueAndTheDashboard() {
    TestClock.travelTo(Instant.parse("2031-07-15T10:00:00Z"));
    String email = email();
    PortalClient admin = Requests.admin("en");
    Requests.log(admin, "RECTIFICATION", "EMAIL", "2031-06-10", email, "Once Late", "en", "new phone");
    long id = Requests.idByEmail(email);
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE id = ?", id);
    assertEquals(200, Requests.act(admin, id, "verify", Map.of()).status());
    admin.post("/api/test/jobs/request-reminders", Map.of());
    assertEquals(Boolean.TRUE, Db.value("SELECT was_overdue FROM privacy_request WHERE id = ?", id), "recorded when found late");

    // as an extension given after the due date (before it was refused) left it: due next month
    Db.update("UPDATE privacy_request SET due_date = ?, extension_reason = 'Given after the due date' WHERE id = ?",
        LocalDate.parse("2031-08-10"), id);
    Page queue = admin.get("/admin/requests.xhtml?overdue=true&status=OPEN&type=RECTIFICATION&sort=DUE&dir=desc");
    var row = queue.doc().selectFirst("#request-queue tr[data-reference=" + reference + "]");
    assertTrue(row != null && row.hasClass("row-overdue"), "still in the overdue queue, flagged");
    assertTrue(row.text().contains("Deadline missed"), row.text());
    assertTrue(Requests.act(admin, id, "start", Map.of()).json().getBoolean("overdue"));

    Page done = Requests.act(admin, id, "complete", Map.of("note", "Phone corrected."));
    assertEquals("COMPLETED", done.json().getString("status"));
    assertTrue(done.json().getBoolean("late"), done.body());
    Page all = admin.get("/admin/requests.xhtml?status=COMPLETED&type=RECTIFICATION&sort=DUE&dir=desc");
    var closed = all.doc().selectFirst("#request-queue tr[data-reference=" + reference + "]");
    assertTrue(closed != null && closed.text().contains("Closed late"), all.mainText());

    // July 2031 holds only this request: closed, and not on time
    var months = admin.get("/admin/dashboard.xhtml").doc().select("#year-table tbody tr");
    var july = months.get(months.size() - 1).select("td");
    assertEquals("1", july.get(0).text(), months.text());
    assertEquals("0%", july.get(1).text(), months.text()); // English: no space before the sign

    // closed after its due date without any hourly run having seen it: recorded late all the same
    String other = email();
    Requests.log(admin, "RECTIFICATION", "EMAIL", "2031-06-12", other, "Closed Late", "en", "new name");
    long otherId = Requests.idByEmail(other);
    Requests.act(admin, otherId, "verify", Map.of());
    Requests.act(admin, otherId, "start", Map.of());
    Requests.act(admin, otherId, "complete", Map.of("note", "Name corrected."));
    assertEquals(Boolean.TRUE, Db.value("SELECT was_overdue FROM privacy_request WHERE id = ?", otherId));
  }
}
