package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.platform.control.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * HR's pages and the candidate's own pages, in French and in English, pass axe-core (WCAG 2.1 A
 * and AA rules, in Chromium) with no serious or critical violation, with a file that shows every
 * section: documents, offer data, history, requests.
 */
class HrAccessibilityIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void hrAndCandidatePagesHaveNoSeriousViolation(String language) throws IOException {
    Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    assertTrue(Files.isReadable(script), "axe-core is fetched by the build: " + script);
    String axe = Files.readString(script);
    Instant now = Instant.now();
    long id = HrSupport.insert("Axe Candidate " + language, HrSupport.uniqueEmail("axe"), "Accessibility tester", "OFFER",
        language, now, now);
    Db.update("UPDATE candidate SET home_address = 'Rue 1, Douala', employment_country = 'CM', notes = 'Notes' WHERE id = ?", id);
    Db.update("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
        + " VALUES (?,?,?,?,?,?,?)", id, "CV", "cv.pdf", "application/pdf", 10, HrSupport.pdf("cv"), now);
    String token = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, candidate_id, created_at, expires_at) VALUES (?,?,?,?,?)",
        Hashing.sha256Hex(token), "CANDIDATE_ACCESS", id, now, now.plus(1, ChronoUnit.DAYS));

    browser = Browsers.chromium(language);
    List<String> found = new ArrayList<>();
    check("/candidate/link.xhtml", axe, found, language);
    check("/candidate/my-data.xhtml?token=" + token, axe, found, language);
    Browsers.load(browser, By.id("link:go"));
    assertTrue(browser.findElements(By.id("candidate-deletion")).size() == 1, "the candidate's page is open");
    for (String v : violations(axe)) {
      found.add("/candidate/my-data.xhtml (open) — " + v);
    }
    Browsers.login(browser, DemoAccounts.HR.email(), DemoAccounts.HR.password());
    for (String path : List.of("/hr/candidates.xhtml", "/hr/new-candidate.xhtml", "/hr/candidate.xhtml?id=" + id,
        "/hr/due.xhtml", "/hr/requests.xhtml?show=ALL")) {
      check(path, axe, found, language);
    }
    assertEquals(List.of(), found);
  }

  private void check(String path, String axe, List<String> found, String language) {
    Browsers.open(browser, path);
    assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), path);
    for (String v : violations(axe)) {
      found.add(path + " — " + v);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> violations(String axe) {
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
