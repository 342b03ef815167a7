package com.genuka.privacy.erasure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.erasure.control.ResidueScanner.Exemption;
import com.genuka.privacy.erasure.control.ResidueScanner.Hit;
import com.genuka.privacy.erasure.control.ResidueScanner.NeedleKind;
import com.genuka.privacy.erasure.control.ResidueScanner.Needles;
import com.genuka.privacy.erasure.control.ResidueScanner.Report;
import com.genuka.privacy.erasure.control.ResidueScanner.Verdict;
import com.genuka.privacy.export.control.H2;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The residue scan on the embedded database: it searches every table the catalogue lists, finds a
 * person in text, in binary content and by their former account id, and accepts only pseudonymised
 * rows under a legal hold and companies' own databases.
 */
class ResidueScannerTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void findsThePersonEverywhereBeforeErasure() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe_k@example.org", "Zoé Kamga", "+237 699 12 34 56", 3);
      H2.person(c, "zoexk@example.org", "Someone Else", "+33 6 11 11 11 11", 3);
      Report r = ResidueScanner.scan(c, new Needles("ZOE_K@example.org", "zoé kamga", "+237699123456", me[1]), TODAY, List.of());
      assertFalse(r.clean());
      Set<String> where = r.residue().stream().map(h -> h.table() + "." + h.column()).collect(Collectors.toSet());
      assertTrue(where.containsAll(Set.of("user_account.email", "user_account.full_name", "user_account.phone",
          "invoice.billing_email", "invoice.billing_name", "event_registration.phone", "browser_log.user_id",
          "consent_record.user_id", "session_recording.user_id")), where.toString());
      assertFalse(r.hits().stream().anyMatch(h -> h.row().equals("2") && h.table().equals("user_account")),
          "an underscore in the e-mail is not a wildcard: zoexk@ is someone else");
      assertTrue(r.tables().containsAll(List.of("user_account", "invoice", "browser_log", "audit_event", "flyway_schema_history")));
      assertTrue(r.textColumns() > 100);
    }
  }

  @Test
  void acceptsOnlyPseudonymisedInvoicesUnderTheirHoldAndCompanyDatabases() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] me = H2.person(c, "zoe@example.org", "Zoé Kamga", null, 0);
      // as erasure leaves things: the account gone, the invoice pseudonymised but its description still naming her
      H2.update(c, "DELETE FROM user_account WHERE id = ?", me[1]);
      H2.update(c, "DELETE FROM event_registration WHERE email = 'zoe@example.org'");
      H2.update(c, "DELETE FROM browser_log");
      H2.update(c, "UPDATE invoice SET billing_name = 'pseudonym-1', billing_email = 'p@pseudonymised.invalid',"
          + " billing_address = NULL, user_id = NULL, pseudonymised = TRUE, description = 'Abonnement de Zoé Kamga'");
      H2.update(c, "INSERT INTO tenant_customer (tenant_id, full_name, email, created_at) VALUES (?, 'Zoé Kamga', 'zoe@example.org', ?)",
          me[0], Instant.now());
      Report r = ResidueScanner.scan(c, new Needles("zoe@example.org", "Zoé Kamga", null, me[1]), TODAY, List.of());
      assertTrue(r.clean(), r.residueSummary());
      assertEquals(1, r.count(Verdict.LEGAL_HOLD));
      assertEquals(3, r.count(Verdict.COMPANY_DATA), "name and e-mail in a company's customer list, the company's name");

      // once the hold is over, the same row is residue
      H2.update(c, "UPDATE invoice SET legal_hold_until = ?", TODAY.minusDays(1));
      assertFalse(ResidueScanner.scan(c, new Needles("zoe@example.org", "Zoé Kamga", null, null), TODAY, List.of()).clean());
      // and an invoice that was not pseudonymised is residue even under its hold
      H2.update(c, "UPDATE invoice SET legal_hold_until = ?, pseudonymised = FALSE", TODAY.plusYears(5));
      assertFalse(ResidueScanner.scan(c, new Needles("zoe@example.org", "Zoé Kamga", null, null), TODAY, List.of()).clean());
    }
  }

  @Test
  void searchesBinaryContentAndTablesAddedLaterAndHonoursExemptions() throws Exception {
    try (Connection c = H2.fresh()) {
      long candidate = H2.insert(c, "INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at,"
          + " last_contact_at, created_at) VALUES ('r', 'A B', 'cand@example.org', 'Dev', 'APPLIED', ?, ?, ?)",
          Instant.now(), Instant.now(), Instant.now());
      H2.update(c, "INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
          + " VALUES (?, 'CV', 'cv.pdf', 'application/pdf', 10, ?, ?)", candidate,
          "%PDF CV of ZOE KAMGA".getBytes(StandardCharsets.UTF_8), Instant.now());
      H2.execute(c, "CREATE TABLE later_notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, body TEXT)");
      long note = H2.insert(c, "INSERT INTO later_notes (body) VALUES ('call Zoe Kamga back')");
      Report r = ResidueScanner.scan(c, new Needles(null, "Zoe Kamga", null, null), TODAY, List.of());
      List<Hit> hits = r.residue();
      assertTrue(hits.stream().anyMatch(h -> h.table().equals("candidate_document") && h.column().equals("content")
          && h.needles().equals(Set.of(NeedleKind.NAME))), hits.toString());
      assertTrue(hits.stream().anyMatch(h -> h.table().equals("later_notes")), "a table no code knows of is searched");
      Report exempt = ResidueScanner.scan(c, new Needles(null, "Zoe Kamga", null, null), TODAY,
          List.of(new Exemption("later_notes", note)));
      assertEquals(Verdict.EXEMPT, exempt.hits().stream().filter(h -> h.table().equals("later_notes")).findFirst().orElseThrow().verdict());
    }
  }

  @Test
  void ignoresNeedlesTooShortToMean() {
    assertTrue(new Needles("a@b", "Al", "123", null).isEmpty());
    assertEquals("+33612345678", ResidueScanner.normalisePhone("+33 (6) 12.34-56-78"));
    assertEquals("a!_b!%c!!", ResidueScanner.escapeLike("a_b%c!"));
  }
}
