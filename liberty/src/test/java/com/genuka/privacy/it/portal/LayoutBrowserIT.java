package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.platform.control.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page — public, customer's, candidate's, HR's, admin's — at a phone's 390 px and at 1024 and
 * 1366 px: the document never scrolls sideways, no element is wider than its container (unless it
 * sits in a container that scrolls, as wide tables do), and no text is cut off by a box that hides
 * its overflow (a text field is not: its value scrolls inside it, as fields do). A failure names the page, the width and the offending element's selector. Each page
 * is photographed at each width into {@code target/layout/} for a person to look at.
 *
 * <p>The data is made to be awkward: a long unbroken e-mail address, a long street, a long company
 * name. One browser for the whole run, one login per role.
 */
class LayoutBrowserIT {

  static final int[] WIDTHS = {390, 1024, 1366};

  static final Path SHOTS = Path.of("target", "layout");

  /**
   * The layout check, run in the page. Returns one line per fault: what, where (a CSS selector) and
   * by how many pixels.
   */
  static final String CHECK = String.join("\n",
      "function sel(e) {",
      "  var parts = [];",
      "  while (e && e.nodeType === 1 && parts.length < 6) {",
      "    if (e.id) { parts.unshift('#' + e.id); break; }",
      "    var p = e.tagName.toLowerCase();",
      "    if (typeof e.className === 'string' && e.className.trim()) p += '.' + e.className.trim().split(/\\s+/).join('.');",
      "    var parent = e.parentElement;",
      "    if (parent) { var same = Array.prototype.filter.call(parent.children, function (c) { return c.tagName === e.tagName; });",
      "      if (same.length > 1) p += ':nth-of-type(' + (same.indexOf(e) + 1) + ')'; }",
      "    parts.unshift(p); e = parent;",
      "  }",
      "  return parts.join(' > ');",
      "}",
      "function scrolls(e) { var o = getComputedStyle(e).overflowX; return o === 'auto' || o === 'scroll'; }",
      "function skipped(e) {",
      "  for (var a = e; a && a !== document.body; a = a.parentElement) {",
      "    var s = getComputedStyle(a);",
      "    if (s.position === 'absolute' || s.position === 'fixed' || s.display === 'none' || s.visibility === 'hidden') return true;",
      "    if (a !== e && scrolls(a)) return true;",
      "  }",
      "  return false;",
      "}",
      "var faults = [];",
      "var vw = document.documentElement.clientWidth;",
      "if (document.documentElement.scrollWidth > vw + 1) {",
      "  var past = Array.prototype.filter.call(document.body.querySelectorAll('*'), function (e) {",
      "    var r = e.getBoundingClientRect(); return r.right > vw + 1 && r.width > 0 && getComputedStyle(e).display !== 'none'; });",
      "  faults.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + vw + ' px, past it: '",
      "      + past.slice(-3).map(sel).join(', '));",
      "}",
      "var all = document.body.querySelectorAll('*');",
      "for (var i = 0; i < all.length && faults.length < 12; i++) {",
      "  var e = all[i], p = e.parentElement;",
      "  if (!p || e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.tagName === 'BR') continue;",
      "  var r = e.getBoundingClientRect();",
      "  if (r.width < 2 || r.height < 2 || skipped(e)) continue;",
      "  var pr = p.getBoundingClientRect();",
      "  if (r.right > vw + 1) { faults.push(sel(e) + ' goes past the window by ' + Math.round(r.right - vw) + ' px'); continue; }",
      "  if (!scrolls(p) && (r.right > pr.right + 1 || r.left < pr.left - 1)) {",
      "    faults.push(sel(e) + ' is wider than its container ' + sel(p) + ' by ' + Math.round(Math.max(r.right - pr.right, pr.left - r.left)) + ' px');",
      "    continue;",
      "  }",
      "  var s = getComputedStyle(e);",
      "  var field = e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && !/^(submit|button|reset)$/.test(e.type));",
      "  if (!field && (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis')",
      "      && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 2) {",
      "    faults.push(sel(e) + ' cuts off its text: ' + e.scrollWidth + ' px shown in ' + e.clientWidth + ' px');",
      "  }",
      "}",
      "return faults;");

  static ChromeDriver browser;
  static Customer customer;
  static long request;
  static long candidate;
  static String candidateToken;

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(SHOTS);
    String company = "Établissements Ngono-Tchakounté et Fils Distribution Internationale " + Fixtures.unique("SARL");
    long tenant = Fixtures.tenant(company, "PRO", false, "CM", Instant.now());
    customer = Fixtures.customerOf(tenant, company, "fr", true);
    String longEmail = "marie-claire.ngono-tchakounte.service-comptabilite-" + UUID.randomUUID().toString().replace("-", "")
        + "@etablissements-ngono-distribution.example.org";
    Db.update("UPDATE user_account SET email = ?, full_name = ?, address_line1 = ?, address_line2 = ? WHERE id = ?",
        longEmail, "Marie-Claire Ngono-Tchakounté Épouse Mbarga-Atangana",
        "Immeuble Les Cocotiers, 1234 boulevard de la Réunification prolongé", "Quartier Bonapriso-Akwa-Nord, BP 12345",
        customer.userId());
    customer = new Customer(customer.tenantId(), customer.userId(), longEmail, customer.subjectRef(),
        customer.unsubscribeToken(), company, "fr");
    Fixtures.visit(customer, Instant.now().minusSeconds(3600), "2001:0db8:85a3:0000:0000:8a2e:0370:7334");
    Fixtures.recording(customer, Instant.now().minusSeconds(7200));
    Fixtures.invoice(customer, It.today().minusMonths(1), It.today().plusYears(10));
    Fixtures.consent(customer, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    Fixtures.tombstone(customer, "C3", "BROWSER_LOG", 12, Instant.now().minusSeconds(86_400), It.today().plusMonths(11));
    request = Fixtures.request(customer, "ACCESS", "VERIFIED");

    Instant now = Instant.now();
    String candidateEmail = "jean-baptiste.essomba-mvondo.candidature-" + UUID.randomUUID().toString().replace("-", "")
        + "@example.org";
    candidate = Db.insert("INSERT INTO candidate (subject_ref, full_name, email, position, state, locale, applied_at,"
        + " last_contact_at, created_at, home_address, notes) VALUES (?,?,?,?,'OFFER','fr',?,?,?,?,?)",
        UUID.randomUUID().toString(), "Jean-Baptiste Essomba-Mvondo de la Fontaine-Ndongo", candidateEmail,
        "Responsable de l'infrastructure d'intégration et de déploiement continus", now, now, now,
        "Résidence Les Manguiers, 42 avenue Charles-de-Gaulle-Prolongée, Yaoundé-Bastos", "Notes");
    Db.update("INSERT INTO candidate_event (candidate_id, occurred_at, kind, to_state) VALUES (?,?,'APPLIED','APPLIED')",
        candidate, now);
    candidateToken = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, candidate_id, created_at, expires_at) VALUES (?,?,?,?,?)",
        Hashing.sha256Hex(candidateToken), "CANDIDATE_ACCESS", candidate, now, now.plus(1, ChronoUnit.DAYS));

    browser = (ChromeDriver) Browsers.chromium("fr");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageFitsAPhoneAndALaptop() {
    List<String> faults = new ArrayList<>();
    for (String path : List.of("/", "/policy.xhtml", "/subprocessors.xhtml", "/locations.xhtml", "/retention.xhtml",
        "/login.xhtml", "/request/new.xhtml", "/request/verify.xhtml?token=nothing", "/email/confirm.xhtml?token=nothing",
        "/link.xhtml", "/unsubscribe?t=" + customer.unsubscribeToken(), "/candidate/link.xhtml", "/no-such-page.xhtml")) {
      check("public", path, faults);
    }

    Browsers.open(browser, "/candidate/my-data.xhtml?token=" + candidateToken);
    Browsers.load(browser, By.id("link:go"));
    assertEquals(1, browser.findElements(By.id("candidate-deletion")).size(), "the candidate's page is open");
    checkOpen("candidate", "/candidate/my-data.xhtml", faults);
    browser.manage().deleteAllCookies();

    Browsers.login(browser, customer.email(), Fixtures.PASSWORD);
    for (String path : List.of("/customer/account.xhtml", "/customer/data.xhtml", "/customer/category.xhtml?c=C1",
        "/customer/category.xhtml?c=C3", "/customer/category.xhtml?c=C4", "/customer/category.xhtml?c=C4&t=media",
        "/customer/category.xhtml?c=C7", "/customer/category.xhtml?c=C8", "/customer/recordings.xhtml",
        "/customer/consents.xhtml", "/customer/contact.xhtml", "/customer/requests.xhtml",
        "/customer/request.xhtml?id=" + request)) {
      check("customer", path, faults);
    }
    browser.manage().deleteAllCookies();

    Browsers.login(browser, DemoAccounts.HR.email(), DemoAccounts.HR.password());
    for (String path : List.of("/hr/candidates.xhtml", "/hr/new-candidate.xhtml", "/hr/candidate.xhtml?id=" + candidate,
        "/hr/due.xhtml", "/hr/requests.xhtml?show=ALL")) {
      check("hr", path, faults);
    }
    browser.manage().deleteAllCookies();

    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    for (String path : List.of("/admin/requests.xhtml", "/admin/request.xhtml?id=" + request, "/admin/log-request.xhtml",
        "/admin/dashboard.xhtml", "/admin/outbox.xhtml", "/admin/audit.xhtml", "/admin/newsletter.xhtml",
        "/admin/retention.xhtml", "/admin/engines.xhtml")) {
      check("admin", path, faults);
    }
    browser.manage().deleteAllCookies();
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    assertEquals("", String.join("\n", faults), "pages that do not fit (screenshots in " + SHOTS.toAbsolutePath() + ")");
  }

  /** The admin menu is one line at 1366 px, and on a phone it is folded behind a button that opens it. */
  @Test
  void theAdminMenuIsOneLineOnALaptopAndFoldsOnAPhone() {
    browser.manage().deleteAllCookies();
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.open(browser, "/admin/requests.xhtml");
    JavascriptExecutor js = browser;
    String tops = "return Array.prototype.map.call(document.querySelectorAll('.main-nav li'),"
        + " function (li) { return Math.round(li.getBoundingClientRect().top); }).filter(function (t, i, a) { return a.indexOf(t) === i; }).length;";
    for (String lang : List.of("en", "fr")) {
      Browsers.open(browser, "/admin/requests.xhtml?lang=" + lang);
      resize(1366);
      assertEquals(1L, js.executeScript(tops), "the admin menu at 1366 px, in " + lang);
    }
    resize(390);
    assertTrue(browser.findElement(By.id("nav-toggle")).isDisplayed(), "a menu button on a phone");
    assertTrue(!browser.findElement(By.cssSelector(".main-nav ul")).isDisplayed(), "the menu is folded on a phone");
    browser.findElement(By.id("nav-toggle")).click();
    assertEquals("true", browser.findElement(By.id("nav-toggle")).getAttribute("aria-expanded"));
    assertTrue(browser.findElement(By.cssSelector(".main-nav ul")).isDisplayed(), "the button opens the menu");
    screenshot("admin-menu-open-390");
    Browsers.load(browser, By.cssSelector(".main-nav a[href$='/admin/audit.xhtml']"));
    assertTrue(browser.getCurrentUrl().contains("/admin/audit.xhtml"));
    browser.manage().deleteAllCookies();
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private void check(String role, String path, List<String> faults) {
    Browsers.open(browser, path);
    checkOpen(role, path, faults);
  }

  @SuppressWarnings("unchecked")
  private void checkOpen(String role, String path, List<String> faults) {
    for (int width : WIDTHS) {
      resize(width);
      List<String> found = (List<String>) browser.executeScript(CHECK);
      for (String f : found) {
        faults.add(role + " " + path + " @" + width + ": " + f);
      }
      screenshot(role + path.replaceAll("[^A-Za-z0-9]+", "_") + "-" + width);
    }
  }

  private static void resize(int width) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", width < 600 ? 844 : 800, "deviceScaleFactor", 1, "mobile", width < 600));
    browser.executeScript("return document.body.offsetHeight;");
  }

  private static void screenshot(String name) {
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true));
    try {
      Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
