package com.genuka.privacy.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.portal.AccessibilityIT;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's retention page in Chromium, in French and in English: no serious accessibility
 * violation (axe-core, WCAG 2.1 AA), and "run now" works from the page as an admin uses it.
 */
class RetentionBrowserIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"fr, Conservation des données, est lancé, Terminé", "en, Retention, has started, Done"})
  void theRetentionPageIsAccessibleAndRunsASweep(String language, String title, String started, String done)
      throws IOException {
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.open(browser, "/admin/retention.xhtml");
    assertEquals(title, Browsers.h1(browser));
    assertEquals(java.util.List.of(), AccessibilityIT.violations(browser, AccessibilityIT.axe()));

    long before = ((Number) Db.value("SELECT COALESCE(MAX(id), 0) FROM sweep_run")).longValue();
    new Select(browser.findElement(By.id("run:rule"))).selectByValue("EXPORT_FILE");
    Browsers.load(browser, By.id("run:start"));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), started));
    long run = Retention.awaitRun("EXPORT_FILE", before);
    Browsers.open(browser, "/admin/retention.xhtml");
    String row = browser.findElement(By.id("run-" + run)).getText();
    assertTrue(row.contains(done), row);
  }
}
