package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.Requests;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** In Chromium: an admin works a request to its end; a visitor proves their address from the e-mail. */
class RequestBrowserIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();
  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, Vérifiée, En cours, Terminée, Demande traitée",
    "en, Verified, In progress, Completed, Request handled",
  })
  void anAdminWorksARequestFromTheQueueToCompletion(String language, String verified, String inProgress, String completed,
      String done) {
    String email = "browser-" + UUID.randomUUID() + "@example.org";
    // A type worked by hand: access requests are carried out by the export engine once started.
    Requests.log(Requests.admin(language), "RECTIFICATION", "EMAIL", It.today().toString(), email, "Browser Subject", language, "");
    String reference = (String) com.genuka.privacy.it.support.Db.value(
        "SELECT reference FROM privacy_request WHERE subject_email = ?", email);

    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.load(browser, By.linkText(reference));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBe(By.id("request-reference"), reference));

    Browsers.load(browser, By.id("actions:verify"));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBe(By.id("request-status"), verified));
    Browsers.load(browser, By.id("actions:start"));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBe(By.id("request-status"), inProgress));
    browser.findElement(By.id("actions:note")).sendKeys("Done.");
    Browsers.load(browser, By.id("actions:complete"));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBe(By.id("request-status"), completed));
    assertTrue(browser.findElement(By.id("messages")).getText().contains(done));
    assertEquals("COMPLETED", Requests.status(Requests.idOf(reference)));
    mail.await(m -> m.to().contains(email) && m.subject().contains(reference) && m.text().contains("Done."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, 'Merci, votre adresse est confirmée'", "en, 'Thank you, your address is confirmed'"})
  void aVisitorFilesARequestAndConfirmsItFromTheEmail(String language, String confirmed) {
    String email = "browser-visitor-" + UUID.randomUUID() + "@example.org";
    browser = Browsers.chromium(language);
    Browsers.open(browser, "/request/new.xhtml");
    new Select(browser.findElement(By.id("publicRequest:type"))).selectByValue("ERASURE");
    browser.findElement(By.id("publicRequest:email")).sendKeys(email);
    browser.findElement(By.id("publicRequest:fullName")).sendKeys("Visitor in Chromium");
    Browsers.load(browser, By.id("publicRequest:send"));
    Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("public-sent")));

    MailTrap.Mail verification = mail.await(m -> m.to().contains(email));
    browser.get(Requests.verifyLink(verification));
    assertEquals("IDENTITY_PENDING", Requests.status(Requests.idByEmail(email)), "the link's page waits for the button");
    Browsers.load(browser, By.id("link:go"));
    assertTrue(browser.findElement(By.id("verify-result")).getText().contains(confirmed));
    assertEquals("VERIFIED", Requests.status(Requests.idByEmail(email)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, Tableau de bord des demandes", "en, Requests dashboard"})
  void theDashboardDrawsItsCharts(String language, String heading) {
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.open(browser, "/admin/dashboard.xhtml");
    assertEquals(heading, Browsers.h1(browser));
    Browsers.waitFor(browser).until(d -> "drawn".equals(d.findElement(By.tagName("body")).getAttribute("data-charts")));
    long open = com.genuka.privacy.it.support.Db.count(
        "SELECT COUNT(*) FROM privacy_request WHERE status IN ('SUBMITTED','IDENTITY_PENDING','VERIFIED','IN_PROGRESS')");
    assertEquals(Long.toString(open), browser.findElement(By.id("kpi-open-value")).getText());
  }

  /**
   * Issue 10, items 1 and 6, as an admin sees them in Chromium: a request whose copy failed offers
   * no "mark as handled" and says why and where to run it again; a request past its original due
   * date offers no extension and says why.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, L'écriture de la copie a échoué, L'échéance d'origine est passée",
    "en, Writing the copy failed, The original due date has passed",
  })
  void anAdminSeesWhyARequestCannotBeCompletedOrExtended(String language, String engineText, String tooLate) {
    String email = "browser-held-" + UUID.randomUUID() + "@example.org";
    Requests.log(Requests.admin(language), "ACCESS", "EMAIL", It.today().minusMonths(1).minusDays(3).toString(), email,
        "Held Subject", language, "");
    long id = Requests.idByEmail(email);
    String reference = (String) com.genuka.privacy.it.support.Db.value("SELECT reference FROM privacy_request WHERE id = ?", id);
    com.genuka.privacy.it.support.Db.update("UPDATE privacy_request SET status = 'IN_PROGRESS' WHERE id = ?", id);
    com.genuka.privacy.it.support.Db.update("INSERT INTO export_file (request_id, kind, status, progress_pct, created_at, error)"
        + " VALUES (?, 'SUBJECT', 'FAILED', 10, ?, 'export: disk full')", id, java.time.Instant.now());

    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    Browsers.open(browser, "/admin/request.xhtml?id=" + id);
    Browsers.waitFor(browser).until(ExpectedConditions.textToBe(By.id("request-reference"), reference));
    var hold = browser.findElement(By.id("engine-hold"));
    assertTrue(hold.isDisplayed() && hold.getText().contains(engineText), hold.getText());
    assertTrue(browser.findElements(By.id("actions:complete")).isEmpty(), "no « mark as handled »");
    assertTrue(browser.findElement(By.id("extend-too-late")).getText().contains(tooLate));
    assertTrue(browser.findElements(By.id("actions:extend")).isEmpty(), "no extension offered");
    assertTrue(browser.findElement(By.id("actions:reject")).isDisplayed(), "a stopped job leaves rejection open");
  }
}
