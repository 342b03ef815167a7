package com.genuka.privacy.browsing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UserAgentsTest {

  @ParameterizedTest(name = "{1} on {2}")
  @CsvSource(delimiter = '|', value = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36|Chrome 129.0|Windows",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.2792.79|Edge 129.0|Windows",
    "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0|Firefox 131.0|Linux",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1|Safari 17.6|iOS",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36|Chrome 130.0|Android",
  })
  void keepsOnlyTheBrowserVersionAndPlatform(String header, String browser, String platform) {
    assertEquals(browser, UserAgents.browser(header));
    assertEquals(platform, UserAgents.platform(header));
  }

  @Test
  void countryComesFromTheCdnThenFromTheLanguage() {
    assertEquals("CM", UserAgents.country("cm", Locale.forLanguageTag("fr-FR")));
    assertEquals("FR", UserAgents.country(null, Locale.forLanguageTag("fr-FR")));
    assertEquals("FR", UserAgents.country("XX", Locale.forLanguageTag("fr-FR")));
    assertNull(UserAgents.country("not a country", Locale.ENGLISH));
    assertNull(UserAgents.browser(null));
  }

  /** A session's device is stored as data, in no language, and read back in parts for the page to word. */
  @Test
  void aSessionsDeviceIsStoredWithoutWordsAndReadBackInParts() {
    String chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    assertEquals("Chrome 120.0 / Linux", UserAgents.describe(chrome));
    assertEquals("curl", UserAgents.describe("curl/8.5.0"), "no platform: the browser alone, never 'null'");
    assertNull(UserAgents.describe(null));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"Chrome 120.0", "Linux"}, UserAgents.parts("Chrome 120.0 / Linux"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"Edge 129.0", "Android 14"},
        UserAgents.parts("Edge 129.0 on Android 14"), "the older, English form");
    org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"curl", null}, UserAgents.parts("curl / null"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {null, null}, UserAgents.parts(null));
  }
}
