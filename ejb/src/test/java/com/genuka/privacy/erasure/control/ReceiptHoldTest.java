package com.genuka.privacy.erasure.control;

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

/**
 * A receipt that keeps invoices says until when each is held (one date, or the range of their
 * holds' ends) and when their copies then leave the backups: the latest hold's end is not the
 * whole story when the first invoices go years earlier, and "kept until" is not "gone".
 */
class ReceiptHoldTest {

  private static Receipt.Data data(Receipt.Line invoices) {
    return new Receipt.Data(JobKind.SUBJECT, "REQ-HOLD", Instant.parse("2026-02-10T09:00:00Z"),
        Instant.parse("2026-03-01T10:00:00Z"), null,
        List.of(new Receipt.Line("ACCOUNT", StepOutcome.ERASED, 1, null, null), invoices), List.of(),
        LocalDate.of(2027, 3, 1), Map.of("FR", "French Commercial Code, art. L123-22"), 0, ZoneId.of("Europe/Paris"));
  }

  @Test
  void invoicesHeldOverSeveralYearsGiveTheRangeOfTheirHoldsAndWhenTheBackupsForgetThem() {
    Receipt.Line line = new Receipt.Line("INVOICES", StepOutcome.PSEUDONYMISED, 14, LocalDate.of(2036, 2, 1), "FR",
        LocalDate.of(2034, 5, 1), LocalDate.of(2037, 2, 1));
    String en = new Receipt(Texts.of("en"), data(line)).text();
    assertTrue(en.contains("(Until: the end of each one's legal hold, between 1 May 2034 and 1 February 2036;"
        + " out of the backups by 1 February 2037 at the latest)"), en);
    String fr = new Receipt(Texts.of("fr"), data(line)).html();
    assertTrue(fr.contains("la fin du délai légal de chacune, entre le 1 mai 2034 et le 1 février 2036 ;"
        + " hors des sauvegardes au plus tard le 1 février 2037"), fr);
  }

  @Test
  void invoicesUnderOneHoldGiveItsEndAndWhenTheBackupsForgetThem() {
    Receipt.Line line = new Receipt.Line("INVOICES", StepOutcome.PSEUDONYMISED, 1, LocalDate.of(2036, 2, 1), "FR",
        LocalDate.of(2036, 2, 1), LocalDate.of(2037, 2, 1));
    String en = new Receipt(Texts.of("en"), data(line)).text();
    assertTrue(en.contains("(Until: 1 February 2036; out of the backups by 1 February 2037 at the latest)"), en);
  }
}
