package com.genuka.privacy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextInputTest {

  @Test
  void namesInAnyScriptAreText() {
    for (String name : new String[] {"Zoé Kamga", "Ngozi Okonkwo-Adébáyọ̀", "محمد بن سلمان", "李小龙", "Ʒ ǅ ẞ",
        "Ana 👩🏽‍💻", "O'Brien", ""}) {
      assertTrue(TextInput.acceptable(name, false), name);
    }
  }

  @Test
  void controlsBidiOverridesAndInvalidUtf8AreNot() {
    for (int c : new int[] {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
        0x2068, 0x2069, 0xFFFD, 0xFFFE, 0xD800}) {
      String text = "Jean" + (char) c + "Kamga";
      assertFalse(TextInput.acceptable(text, true), Integer.toHexString(c));
      assertEquals(4, TextInput.firstRefused(text, true));
    }
  }

  @Test
  void lineBreaksAreTextOnlyWhereTheFieldTakesLines() {
    assertTrue(TextInput.acceptable("line one\r\nline two\tend", true));
    assertFalse(TextInput.acceptable("Jean\nKamga", false));
    assertFalse(TextInput.acceptable("Jean\tKamga", false));
  }
}
