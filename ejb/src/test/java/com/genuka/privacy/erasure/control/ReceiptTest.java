package com.genuka.privacy.erasure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.StepOutcome;
import com.genuka.privacy.export.control.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receipt says what was erased, what was kept, why and until when, and when the backups forget. */
class ReceiptTest {

  static final Receipt.Data DATA = new Receipt.Data(JobKind.SUBJECT, "REQ-ABCD", Instant.parse("2026-02-10T09:00:00Z"),
      Instant.parse("2026-03-01T10:00:00Z"), null,
      List.of(new Receipt.Line("BROWSER_LOG", StepOutcome.ERASED, 1200, null, null),
          new Receipt.Line("RECORDINGS", StepOutcome.ERASED, 0, null, null),
          new Receipt.Line("ACCOUNT", StepOutcome.ERASED, 1, null, null),
          new Receipt.Line("INVOICES", StepOutcome.PSEUDONYMISED, 14, LocalDate.of(2036, 2, 1), "CM,FR"),
          new Receipt.Line("REQUESTS", StepOutcome.KEPT, 2, null, null),
          new Receipt.Line("VERIFY", StepOutcome.CHECKED, 40, null, "tables=40")),
      List.of(new Receipt.Notice("PostHog", "United States (company)", "C5,C6", Instant.parse("2026-03-01T10:00:00Z"))),
      LocalDate.of(2027, 3, 1), Map.of("FR", "French Commercial Code, art. L123-22", "CM", "OHADA, art. 24"), 0,
      ZoneId.of("Europe/Paris"));

  @Test
  void inEnglish() {
    Receipt r = new Receipt(Texts.of("en"), DATA);
    String text = r.text();
    assertTrue(text.startsWith("Erasure receipt\n\nYour request REQ-ABCD, received on 10 February 2026, was carried out on 1 March 2026."), text);
    assertTrue(text.contains("- Browser log (IP addresses, dates, browser, pages): 1,200"), text);
    assertFalse(text.contains("- Session recordings:"), "nothing erased, nothing said");
    assertTrue(text.contains("Invoices: name, e-mail and address replaced by a pseudonym: 14. Legal obligation (billing and tax): "
        + "OHADA, art. 24; French Commercial Code, art. L123-22 (Until: 1 February 2036)"), text);
    assertFalse(text.contains(" ;") || text.contains(" :"), "no French spacing in English: " + text);
    assertTrue(text.contains("until 1 March 2027 at the latest"), text);
    assertTrue(text.contains("- PostHog (United States (company)): Session recordings, Backups"), text);
    String html = r.html();
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<p id=\"leaves-backups\">"));
  }

  @Test
  void inFrench() {
    Receipt r = new Receipt(Texts.of("fr"), DATA);
    assertEquals("Reçu d'effacement", r.title());
    assertTrue(r.text().contains("jusqu'au 1 mars 2027 au plus tard"), r.text());
    assertTrue(r.html().contains("Ce reçu ne contient aucune donnée personnelle"));
  }

  /** Issue 10, item 4: a company left without any account is closed; the receipt says what is kept of it, until when. */
  @Test
  void aClosedCompanyIsAccountedForInBothLanguages() {
    List<Receipt.Line> lines = new java.util.ArrayList<>(DATA.lines());
    lines.add(new Receipt.Line("COMPANY", StepOutcome.KEPT, 1, LocalDate.of(2036, 2, 1),
        "closed;records=1500;invoices=14;deleteOn=2026-03-02"));
    Receipt.Data data = new Receipt.Data(DATA.kind(), DATA.reference(), DATA.receivedAt(), DATA.completedAt(), null, lines,
        DATA.notices(), DATA.leavesBackupsOn(), DATA.legalBasis(), 0, DATA.zone());
    String en = new Receipt(Texts.of("en"), data).text();
    assertTrue(en.contains("Your company:\n- Your company had no other account on Genuka: it is closed as of 1 March 2026. Its"
        + " database (1,500 records: customers, employees, media) is deleted on 2 March 2026 under the rule for closed"
        + " companies, and leaves our backups by 2 March 2027 at the latest."), en);
    assertTrue(en.contains("- Its 14 invoices are kept, with the company's name replaced by a pseudonym, until 1 February 2036"
        + " for legal reasons (billing, tax reporting), then deleted; they leave our backups by 1 February 2037 at the latest."), en);
    assertFalse(en.contains("- Your company: 1"), "not a line of the kept table");
    String fr = new Receipt(Texts.of("fr"), data).html();
    assertTrue(fr.contains("<div id=\"company-fate\">"), fr);
    assertTrue(fr.contains("elle est fermée depuis le 1 mars 2026"), fr);
    assertTrue(fr.contains("jusqu&#39;au 1 février 2036"), fr);
    List<Receipt.Line> open = new java.util.ArrayList<>(DATA.lines());
    open.add(new Receipt.Line("COMPANY", StepOutcome.KEPT, 0, null, "open;members=2"));
    String stays = new Receipt(Texts.of("en"), new Receipt.Data(DATA.kind(), DATA.reference(), DATA.receivedAt(),
        DATA.completedAt(), null, open, DATA.notices(), DATA.leavesBackupsOn(), DATA.legalBasis(), 0, DATA.zone())).text();
    assertTrue(stays.contains("Your company stays open for its 2 other members"), stays);
  }
}
