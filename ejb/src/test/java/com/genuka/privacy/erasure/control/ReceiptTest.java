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
}
