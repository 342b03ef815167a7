package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.It;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The portal's pages, public and customer's, in French and in English, pass axe-core (WCAG 2.1 A
 * and AA rules, run in Chromium) with no serious or critical violation.
 */
public class AccessibilityIT {

  static final List<String> PUBLIC = List.of("/", "/policy.xhtml", "/policy.xhtml?text=en", "/subprocessors.xhtml",
      "/locations.xhtml", "/retention.xhtml", "/login.xhtml");

  static final List<String> CUSTOMER = List.of("/customer/data.xhtml", "/customer/category.xhtml?c=C1",
      "/customer/category.xhtml?c=C3", "/customer/category.xhtml?c=C4", "/customer/category.xhtml?c=C4&t=media",
      "/customer/category.xhtml?c=C7", "/customer/category.xhtml?c=C8", "/customer/recordings.xhtml",
      "/customer/consents.xhtml", "/customer/contact.xhtml", "/customer/requests.xhtml");

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  public static String axe() throws IOException {
    Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    assertTrue(Files.isReadable(script), "axe-core is fetched by the build: " + script);
    return Files.readString(script);
  }

  /** Serious and critical violations of the page now open, one line each. */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver browser, String axe) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
        + ".map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); })"
        + ".catch(function (e) { done(['axe failed: ' + e]); });");
    return new ArrayList<>((List<String>) result);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void publicAndCustomerPagesHaveNoSeriousViolation(String language) throws IOException {
    String axe = axe();
    Customer c = Fixtures.newCustomer(language);
    Fixtures.visit(c, Instant.now().minusSeconds(3600), "10.1.2.3");
    Fixtures.recording(c, Instant.now().minusSeconds(7200));
    Fixtures.invoice(c, It.today().minusMonths(1), It.today().plusYears(10));
    Fixtures.consent(c, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    long request = Fixtures.request(c, "ACCESS", "VERIFIED");
    Fixtures.tombstone(c, "C3", "BROWSER_LOG", 12, Instant.now().minusSeconds(86_400), It.today().plusMonths(11));
    browser = Browsers.chromium(language);
    List<String> found = new ArrayList<>();
    for (String path : PUBLIC) {
      check(path, axe, found, language);
    }
    check("/unsubscribe?t=" + c.unsubscribeToken(), axe, found, language);
    Browsers.login(browser, c.email(), Fixtures.PASSWORD);
    for (String path : CUSTOMER) {
      check(path, axe, found, language);
    }
    check("/customer/request.xhtml?id=" + request, axe, found, language);
    assertEquals(List.of(), found);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void theAdminNewsletterAndAuditPagesHaveNoSeriousViolation(String language) throws IOException {
    String axe = axe();
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    List<String> found = new ArrayList<>();
    check("/admin/newsletter.xhtml", axe, found, language);
    check("/admin/audit.xhtml?action=LOGIN", axe, found, language);
    assertEquals(List.of(), found);
  }

  private void check(String path, String axe, List<String> found, String language) {
    Browsers.open(browser, path);
    assertEquals(language, browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"), path);
    for (String v : violations(browser, axe)) {
      found.add(path + " — " + v);
    }
  }
}
