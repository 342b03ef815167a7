package com.genuka.privacy.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void followsTheBrowsersFirstSupportedPreference() {
    assertEquals("en", Languages.fromBrowser(Collections.enumeration(List.of(Locale.forLanguageTag("de-DE"), Locale.UK, Locale.FRANCE))));
    assertEquals("fr", Languages.fromBrowser(Collections.enumeration(List.of(Locale.forLanguageTag("fr-CM")))));
  }

  @Test
  void defaultsToFrenchTheLanguageOfThePolicy() {
    assertEquals("fr", Languages.fromBrowser(Collections.enumeration(List.of(Locale.GERMAN))));
    assertEquals("fr", Languages.fromBrowser(null));
  }

  @Test
  void acceptsOnlySupportedLanguages() {
    assertEquals("en", Languages.normalise("en"));
    assertNull(Languages.normalise("de"));
    assertNull(Languages.normalise("<script>"));
  }

  @Test
  void theSwitchNeverLeadsToAnotherSite() {
    assertEquals("/evil.example/", Languages.localPath("//evil.example/"));
    assertEquals("/evil.example/", Languages.localPath("/\\evil.example/"));
    assertEquals("/customer/data.xhtml", Languages.localPath("/customer/data.xhtml"));
    assertEquals("/", Languages.localPath(null));
  }
}
