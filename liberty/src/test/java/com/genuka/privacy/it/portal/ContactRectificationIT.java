package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-R1 and R-C1: a customer corrects their contact data; it is validated, every change is audited,
 * the old value is kept only in the audit's sealed details, and a card number is refused anywhere.
 */
class ContactRectificationIT {

  private static Page submit(PortalClient client, Map<String, String> fields) {
    Page form = client.get("/customer/contact.xhtml");
    return client.submit(form, "contact", fields, "save");
  }

  private static Map<String, Object> account(Customer c) {
    return Db.rows("SELECT full_name, email, phone, address_line1, postal_code, city, country FROM user_account WHERE id = ?",
        c.userId()).get(0);
  }

  @Test
  void aCorrectionIsSavedAuditedAndTheOldValueIsOnlyInTheSealedAudit() {
    Customer c = Fixtures.newCustomer("en");
    PortalClient client = c.login();
    Page saved = submit(client, Map.of("phone", "+33 6 12 34 56 78", "city", "Yaoundé"));
    assertEquals("/customer/contact.xhtml", saved.path());
    assertTrue(saved.mainText().contains("Your contact details are saved (Phone, City)"), saved.mainText());
    Map<String, Object> row = account(c);
    assertEquals("+33612345678", row.get("phone"), "kept in international form without spaces");
    assertEquals("Yaoundé", row.get("city"));
    var audit = Db.rows("SELECT summary, sealed, actor_ref FROM audit_event WHERE subject_ref = ? AND action = 'CONTACT_RECTIFIED'",
        c.subjectRef());
    assertEquals(1, audit.size());
    String summary = (String) audit.get(0).get("summary");
    assertTrue(summary.contains("phone") && summary.contains("city"), summary);
    assertFalse(summary.contains("699000111") || summary.contains("Douala"), "the summary names no value");
    assertNotNull(audit.get(0).get("sealed"));
    assertFalse(((String) audit.get(0).get("sealed")).contains("Douala"), "sealed, not readable");
    assertEquals(c.subjectRef(), audit.get(0).get("actor_ref"));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE phone = '+237699000111' AND id = ?", c.userId()));
  }

  @Test
  void savingWithoutAChangeWritesNothing() {
    Customer c = Fixtures.newCustomer("fr");
    Page page = submit(c.login(), Map.of());
    assertTrue(page.mainText().contains("Aucune modification"), page.mainText());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_ref = ? AND action = 'CONTACT_RECTIFIED'", c.subjectRef()));
  }

  @ParameterizedTest(name = "{0} = {1} in {2}")
  @CsvSource(delimiter = '|', value = {
    "phone        | 4111 1111 1111 1111     | fr | un numéro de carte bancaire ne peut être saisi nulle part",
    "addressLine1 | 12 rue 4111-1111-1111-1111 | en | a payment card number cannot be entered anywhere",
    "fullName     | Awa 5500000000000004    | en | a payment card number cannot be entered anywhere",
    "city         | 378282246310005         | fr | un numéro de carte bancaire ne peut être saisi nulle part",
  })
  void aCardNumberIsRefusedInAnyFieldAndNothingChanges(String field, String value, String language, String message) {
    Customer c = Fixtures.newCustomer(language);
    Map<String, Object> before = account(c);
    Map<String, String> fields = new HashMap<>(Map.of(field, value));
    fields.put("email", "changed-" + c.email());
    Page page = submit(c.login(), fields);
    assertEquals(200, page.status());
    assertTrue(page.mainText().contains(message), page.mainText());
    assertTrue(page.doc().select(".field-error").text().length() > 0, "the field is marked");
    assertEquals(before, account(c), "nothing saved, not even the other fields");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_event WHERE subject_ref = ? AND action = 'CONTACT_RECTIFIED'", c.subjectRef()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "phone      | 0699123456         | Type the number in international form",
    "email      | not-an-address     | This is not a valid e-mail address",
    "postalCode | 69003!             | This postal code is not valid",
    "fullName   | ''                 | This field is required",
  })
  void invalidValuesAreRefusedWithAMessageNextToTheField(String field, String value, String message) {
    Customer c = Fixtures.newCustomer("en");
    Map<String, Object> before = account(c);
    Page page = submit(c.login(), Map.of(field, value));
    assertTrue(page.doc().select(".field-error").text().contains(message), page.mainText());
    assertEquals(before, account(c));
  }

  @Test
  void anAddressIsWholeOrAbsent() {
    Customer c = Fixtures.newCustomer("en");
    PortalClient client = c.login();
    Page incomplete = submit(client, Map.of("city", ""));
    assertTrue(incomplete.doc().select(".field-error").text().contains("An address needs a street, a city and a country"));
    Page removed = submit(client, Map.of("addressLine1", "", "postalCode", "", "city", "", "country", ""));
    assertTrue(removed.mainText().contains("Your contact details are saved"), removed.mainText());
    Map<String, Object> row = account(c);
    assertEquals(null, row.get("address_line1"));
    assertEquals(null, row.get("country"));
  }

  @Test
  void anotherAccountsEmailCannotBeTakenNorFoundOut() {
    Customer a = Fixtures.newCustomer("en");
    Customer b = Fixtures.newCustomer("en");
    Page page = submit(a.login(), Map.of("email", b.email().toUpperCase()));
    // the answer of any new address (its owner is told by mail: EmailChangeIT)
    assertTrue(page.mainText().contains("if this address can become yours"), page.mainText());
    assertTrue(page.doc().select(".field-error").isEmpty(), page.mainText());
    assertEquals(a.email(), account(a).get("email"));
    assertEquals(b.email(), account(b).get("email"));
  }

  /**
   * A NUL (which PostgreSQL refuses outright), a C1 control, a bidirectional override or isolate
   * (which makes a name read backwards) and the mark of invalid UTF-8 are refused in every field,
   * with the field's own message in the reader's language; nothing is saved.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"fr, fullName, 0000", "en, fullName, 202E", "en, fullName, 0085", "fr, city, 2066", "en, fullName, FFFD",
      "en, addressLine1, 001B"})
  void aTextWithAControlOrInvisibleCharacterIsRefusedAndNothingSaved(String language, String field, String hex) {
    Customer c = Fixtures.newCustomer(language);
    Map<String, Object> before = account(c);
    String bad = "Ja" + (char) Integer.parseInt(hex, 16) + "ne";
    Page page = submit(c.login(), Map.of(field, bad, "phone", "+237 699 00 00 00"));
    String expected = "fr".equals(language) ? "caractère de contrôle ou invisible" : "control or invisible character";
    assertTrue(page.doc().select(".field-error").text().contains(expected), page.mainText());
    assertEquals(before, account(c), "nothing saved, not even the valid phone");
  }
}
