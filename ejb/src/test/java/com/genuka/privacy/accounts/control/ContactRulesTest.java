package com.genuka.privacy.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.accounts.control.ContactRules.Contact;
import com.genuka.privacy.accounts.control.ContactRules.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

  private static List<Problem> check(Contact raw) {
    return ContactRules.check(raw, ContactRules.clean(raw));
  }

  private static Contact valid() {
    return new Contact("Jean Kamga", "jean@example.com", "+237 699 12 34 56", "12 rue Joss", null, "BP 4512", "Douala", "cm");
  }

  @Test
  void aWholeContactIsCleanedAndAccepted() {
    Contact cleaned = ContactRules.clean(valid());
    assertEquals("+237699123456", cleaned.phone());
    assertEquals("CM", cleaned.country());
    assertTrue(check(valid()).isEmpty());
  }

  @Test
  void blanksBecomeNullAndNoAddressIsFine() {
    Contact raw = new Contact("  Jean   Kamga ", "Jean@Example.COM ", " ", "", null, " ", "", "");
    Contact cleaned = ContactRules.clean(raw);
    assertEquals("Jean Kamga", cleaned.fullName());
    assertEquals("jean@example.com", cleaned.email());
    assertNull(cleaned.phone());
    assertTrue(check(raw).isEmpty());
  }

  @Test
  void phonesMustBeInInternationalForm() {
    assertEquals(List.of(new Problem("phone", "contact.error.phone")),
        check(new Contact("Jean", "j@example.com", "0699123456", null, null, null, null, null)));
    assertTrue(check(new Contact("Jean", "j@example.com", "0033 6 12 34 56 78", null, null, null, null, null)).isEmpty());
    assertTrue(check(new Contact("Jean", "j@example.com", "+33 (0)6 12", null, null, null, null, null)).size() == 1);
  }

  @Test
  void badEmailsAreRefused() {
    for (String bad : new String[] {"jean", "jean@", "@example.com", "jean@example", "jean kamga@example.com", "jean@-x.com"}) {
      assertEquals(List.of(new Problem("email", "contact.error.email")),
          check(new Contact("Jean", bad, null, null, null, null, null, null)), bad);
    }
  }

  @Test
  void anAddressIsWholeOrAbsent() {
    List<Problem> problems = check(new Contact("Jean", "j@example.com", null, null, null, "69003", null, null));
    assertEquals(List.of(new Problem("addressLine1", "contact.error.addressIncomplete"),
        new Problem("city", "contact.error.addressIncomplete"), new Problem("country", "contact.error.addressIncomplete")), problems);
    assertEquals(List.of(new Problem("country", "contact.error.country")),
        check(new Contact("Jean", "j@example.com", null, "1 rue", null, null, "Lyon", "XX")));
    assertEquals(List.of(new Problem("postalCode", "contact.error.postalCode")),
        check(new Contact("Jean", "j@example.com", null, "1 rue", null, "69003!", "Lyon", "FR")));
  }

  @Test
  void aCardNumberAnywhereIsRefusedWhateverElseIsWrong() {
    List<Problem> problems = check(new Contact("Jean", "bad", null, "4111 1111 1111 1111", null, null, null, null));
    assertEquals(List.of(new Problem("addressLine1", "contact.error.cardNumber")), problems);
    assertEquals(List.of(new Problem("phone", "contact.error.cardNumber")),
        check(new Contact("Jean", "j@example.com", "4111-1111-1111-1111", null, null, null, null, null)));
    assertEquals(List.of(new Problem("fullName", "contact.error.cardNumber")),
        check(new Contact("Jean 5500000000000004", "j@example.com", null, null, null, null, null, null)));
  }
}
