package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.platform.control.Hashing;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The engines' pages in Chromium, in French and English: the admin page with a residue scan's
 * result, and a download link's page in each of its states, with no serious or critical axe-core
 * violation (WCAG 2.1 A and AA).
 */
class EnginesBrowserIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void theAdminPageRunsTheScanAndIsAccessible(String language) throws IOException {
    String axe = axe();
    Person p = People.customer(People.tenant("Atelier Navigateur", "PRO", false), false, language);
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.open(browser, "/admin/engines.xhtml");
    browser.findElement(By.id("scan:email")).sendKeys(p.email());
    browser.findElement(By.id("scan:name")).sendKeys(p.name());
    Browsers.load(browser, By.id("scan:run"));
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-result")));
    assertEquals("false", browser.findElement(By.id("scan-result")).getAttribute("data-clean"), "the account is still there");
    assertTrue(browser.findElement(By.id("scan-hits")).getText().contains("user_account"));
    List<String> found = new ArrayList<>(violations(browser, axe));
    assertEquals(List.of(), found);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void aDownloadLinksPageIsAccessibleInEveryState(String language) throws IOException {
    String axe = axe();
    Person p = People.customer(People.tenant("Atelier Lien", "LIGHT", false), false, language);
    long request = People.request(p, "ACCESS");
    Path file = Files.createTempFile("engines-link", ".zip");
    Db.update("INSERT INTO export_file (request_id, kind, status, progress_pct, storage_path, size_bytes, created_at,"
        + " ready_at, expires_at, download_key, file_name, content_type) VALUES (?, 'SUBJECT', 'READY', 100, ?, 4, ?, ?, ?, ?,"
        + " 'copy.zip', 'application/zip')", request, file.toString(), Instant.now(), Instant.now(),
        Instant.now().plus(Duration.ofDays(1)), Hashing.newToken());
    String valid = token(request, Instant.now().plus(Duration.ofDays(1)));
    String expired = token(request, Instant.now().minus(Duration.ofMinutes(1)));
    browser = Browsers.chromium(language);
    List<String> found = new ArrayList<>();
    for (String[] link : new String[][] {{valid, "OK"}, {expired, "EXPIRED"}, {"no-such-link-aaaaaaaaaaaaaaaaaaaa", "NOT_FOUND"}}) {
      Browsers.open(browser, "/download/" + link[0]);
      assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals(link[1], browser.findElement(By.id("download-link")).getAttribute("data-outcome"));
      violations(browser, axe).forEach(v -> found.add(link[1] + " — " + v));
    }
    assertEquals(List.of(), found);
  }

  /** Once its button is pressed, the page no longer offers a download the spent link would refuse. */
  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void theDownloadPageSaysTheLinkIsSpentOnceTheFileIsTaken(String language) throws IOException {
    Person p = People.customer(People.tenant("Atelier Téléchargé", "LIGHT", false), false, language);
    long request = People.request(p, "ACCESS");
    // inside the export directory the server reads files from (anything outside it is refused)
    Path dir = Path.of(System.getProperty("it.export.dir", "target/exports"));
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, "engines-spent-", ".zip");
    Files.writeString(file, "PK..");
    Db.update("INSERT INTO export_file (request_id, kind, status, progress_pct, storage_path, size_bytes, created_at,"
        + " ready_at, expires_at, download_key, file_name, content_type) VALUES (?, 'SUBJECT', 'READY', 100, ?, 4, ?, ?, ?, ?,"
        + " 'copy.zip', 'application/zip')", request, file.toAbsolutePath().toString(), Instant.now(), Instant.now(),
        Instant.now().plus(Duration.ofDays(1)), Hashing.newToken());
    String valid = token(request, Instant.now().plus(Duration.ofDays(1)));
    browser = Browsers.chromium(language);
    Browsers.open(browser, "/download/" + valid);
    assertTrue(browser.findElement(By.id("download-button")).isDisplayed());
    assertTrue(!browser.findElement(By.id("download-spent")).isDisplayed(), "nothing spent yet");
    browser.findElement(By.id("download-button")).click();
    Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("download-spent")));
    assertTrue(browser.findElements(By.id("download-button")).stream().noneMatch(b -> b.isDisplayed()),
        "no button left to press");
    assertTrue(browser.findElement(By.id("download-spent")).getText()
        .contains("fr".equals(language) ? "ne fonctionnera plus" : "will not work again"));
    Browsers.waitFor(browser).until(d -> Db.value("SELECT used_at FROM access_token WHERE token_hash = ?",
        Hashing.sha256Hex(valid)) != null);
    Browsers.open(browser, "/download/" + valid);
    assertEquals("USED", browser.findElement(By.id("download-link")).getAttribute("data-outcome"));
    assertTrue(browser.findElements(By.id("download-button")).isEmpty());
  }

  private static String token(long request, Instant expires) {
    String token = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, request_id, created_at, expires_at)"
        + " VALUES (?, 'EXPORT_DOWNLOAD', ?, ?, ?)", Hashing.sha256Hex(token), request, Instant.now(), expires);
    return token;
  }

  static String axe() throws IOException {
    Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    assertTrue(Files.isReadable(script), "axe-core is fetched by the build: " + script);
    return Files.readString(script);
  }

  @SuppressWarnings("unchecked")
  static List<String> violations(WebDriver browser, String axe) {
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
}
