package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.platform.control.UserFacingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CandidateInputTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  @Test
  void normalisesAndChecksIbans() {
    assertEquals("FR7630006000011234567890189", CandidateInput.iban("fr76 3000 6000 0112 3456 7890 189"));
    assertEquals("CM2110005678901234567890123".length(), 27);
    assertTrue(CandidateInput.ibanChecksumValid("GB82WEST12345698765432"));
    assertFalse(CandidateInput.ibanChecksumValid("GB82WEST12345698765433"));
    assertEquals("candidate.ibanInvalid", key(() -> CandidateInput.iban("FR76 3000 6000 0112 3456 7890 188")));
    assertEquals("candidate.ibanInvalid", key(() -> CandidateInput.iban("not an iban")));
    assertNull(CandidateInput.iban("  "));
  }

  @Test
  void masksWhatTheCandidatePageShows() {
    assertEquals("FR76 •••• 0189", CandidateInput.maskIban("FR7630006000011234567890189"));
    assertEquals("•••• 842", CandidateInput.maskId("CM-ID-118842"));
  }

  @Test
  void refusesCardNumbersInAnyFreeText() {
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> CandidateInput.text("Paid the test fee with 4111 1111 1111 1111", 4000, "field.candidate.notes"));
    assertEquals("error.cardNumber", e.getMessageKey());
    assertEquals("error.cardNumber", key(() -> CandidateInput.address("4111111111111111 rue de Paris")));
  }

  @Test
  void boundsDates() {
    assertEquals(TODAY, CandidateInput.appliedOn(null, TODAY));
    assertEquals("candidate.appliedOnRange", key(() -> CandidateInput.appliedOn(TODAY.plusDays(1), TODAY)));
    assertEquals("candidate.appliedOnRange", key(() -> CandidateInput.appliedOn(TODAY.minusYears(1).minusDays(1), TODAY)));
    assertEquals(TODAY.minusYears(1), CandidateInput.appliedOn(TODAY.minusYears(1), TODAY));
    assertEquals("candidate.dateOfBirthRange", key(() -> CandidateInput.dateOfBirth(TODAY.minusYears(13), TODAY)));
    assertEquals(LocalDate.parse("1990-02-03"), CandidateInput.dateOfBirth(LocalDate.parse("1990-02-03"), TODAY));
  }

  @Test
  void checksContactData() {
    assertEquals("nadia.benali@example.org", CandidateInput.email("  Nadia.Benali@Example.org "));
    assertEquals("candidate.emailInvalid", key(() -> CandidateInput.email("nadia@")));
    assertEquals("+237 6 95 76 25 95", CandidateInput.phone("+237 6 95 76 25 95"));
    assertEquals("candidate.phoneInvalid", key(() -> CandidateInput.phone("call me maybe")));
    assertEquals("candidate.required", key(() -> CandidateInput.name("   ")));
    assertEquals("candidate.tooLong", key(() -> CandidateInput.position("x".repeat(201))));
  }

  private static String key(Runnable r) {
    return assertThrows(UserFacingException.class, r::run).getMessageKey();
  }
}
