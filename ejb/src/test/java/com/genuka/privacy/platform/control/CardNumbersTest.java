package com.genuka.privacy.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111111",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "my card is 5500 0000 0000 0004, thanks",
    "340000000000009",
    "6011000990139424",
    "4222222222222",
    "6304000000000000000",
  })
  void findsLuhnValidCardNumbersWithOrWithoutSeparators(String text) {
    assertTrue(CardNumbers.containsCardNumber(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111112",
    "+237 6 99 12 34 56",
    "+33612345678",
    "FR76 3000 6000 0112 3456 7890 189",
    "CM2110005678901234567890123",
    "12 rue Joss, BP 4512 Douala",
    "order 2026-11-26 12345",
    "411111111111",
    "",
  })
  void leavesOtherNumbersAlone(String text) {
    assertFalse(CardNumbers.containsCardNumber(text), text);
  }
}
