package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * In Chromium, in both languages, from any page's footer: the policy with its date of last update
 * and its history (R-G3), the register in two groups (R-G1), data locations (R-G2) and the
 * retention table read from the rules the timers obey.
 */
class PublicPagesBrowserIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void footer(String linkHref) {
    Browsers.load(browser, By.cssSelector("footer a[href$='" + linkHref + "']"));
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Dernière mise à jour : 3 mai 2024. | A. Sous-traitants | Europe | 12 mois",
    "en | Last updated: 3 May 2024. | A. Sub-processors | Europe | 12 months"})
  void everyPublicPageIsOneClickFromTheFooter(String language, String updated, String groupA, String hosting,
      String browserLog) {
    browser = Browsers.chromium(language);
    Browsers.open(browser, "/unsubscribe?t=whatever-it-is-not-valid");
    footer("/policy.xhtml");
    assertTrue(browser.findElement(By.id("policy-text")).getText().startsWith(updated));
    assertEquals(Db.count("SELECT COUNT(*) FROM policy_version"),
        browser.findElements(By.cssSelector("#policy-versions tbody tr")).size());
    footer("/subprocessors.xhtml");
    assertEquals(groupA, browser.findElement(By.id("group-A")).getText());
    assertEquals(4, browser.findElements(By.cssSelector("#subprocessors-B tbody tr")).size());
    footer("/locations.xhtml");
    assertTrue(browser.findElement(By.id("hosting-locations")).getText().contains(hosting));
    footer("/retention.xhtml");
    String amount = String.valueOf(Db.value("SELECT amount FROM retention_rule WHERE code = 'BROWSER_LOG'"));
    assertTrue(browserLog.startsWith(amount), "the rule's own period: " + amount);
    assertEquals(browserLog, browser.findElement(By.cssSelector("#rule-BROWSER_LOG td.period")).getText());
  }

  @ParameterizedTest(name = "from {0}")
  @CsvSource({"fr, en, Read the French original", "en, fr, Lire la traduction anglaise"})
  void thePolicyInTheOtherLanguage(String from, String to, String otherLink) {
    browser = Browsers.chromium(from);
    Browsers.open(browser, "/policy.xhtml");
    Browsers.load(browser, By.id("lang-switch"));
    Browsers.waitFor(browser).until(d -> to.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertTrue(browser.findElement(By.tagName("main")).getText().contains(otherLink));
  }
}
