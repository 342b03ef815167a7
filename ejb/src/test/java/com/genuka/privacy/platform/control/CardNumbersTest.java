package com.genuka.privacy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111111",                      // Visa test number, 16 digits
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "my card is 5500 0000 0000 0004, thanks", // Mastercard inside a sentence
    "378282246310005",                        // Amex, 15 digits
    "4222222222222",                          // 13 digits
    "6011000990139424",                       // Discover
    "4111 1111 1111 1111 12/27",              // followed by an expiry date
    "4111111111111111110",                    // 19 digits, Luhn-valid
    "Rue 12, 4111 1111 1111 1111",
  })
  void cardNumbersAreFound(String text) {
    assertTrue(CardNumbers.containsCardNumber(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111112",          // fails Luhn
    "+237699123456",             // a phone number, 12 digits
    "+33 6 12 34 56 78",
    "411111111111",              // 12 digits
    "41111111111111111111",      // 20 digits in one piece: a reference, not a card
    "BP 4512 Douala",
    "12 rue Joss",
    "",
    "Invoice 2024-000123",
  })
  void otherNumbersAreNot(String text) {
    assertFalse(CardNumbers.containsCardNumber(text), text);
  }

  @Test
  void nullIsNoCard() {
    assertFalse(CardNumbers.containsCardNumber(null));
  }

  @Test
  void luhnOfKnownValues() {
    assertTrue(CardNumbers.luhn("79927398713"));
    assertFalse(CardNumbers.luhn("79927398710"));
    assertFalse(CardNumbers.luhn(""));
  }

  @Test
  void namesTheFieldsThatHoldACard() {
    assertEquals(List.of("city"), CardNumbers.fieldsHoldingCards("name", "Jean", "city", "4111 1111 1111 1111", "x", null));
  }
}
