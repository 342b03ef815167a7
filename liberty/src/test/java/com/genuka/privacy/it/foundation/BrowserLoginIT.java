package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.demo.control.DemoAccounts.Account;
import com.genuka.privacy.it.support.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** In Chromium: each role logs in, in French and in English, and sees its own page. */
class BrowserLoginIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "ADMIN, fr, Demandes en cours, request-queue",
    "ADMIN, en, Open requests, request-queue",
    "HR, fr, Candidats, candidates",
    "HR, en, Candidates, candidates",
    "CUSTOMER, fr, Mon compte, account-facts",
    "CUSTOMER, en, My account, account-facts",
  })
  void eachRoleSeesItsPage(String role, String language, String heading, String contentId) {
    Account account = switch (role) {
      case "ADMIN" -> DemoAccounts.ADMIN;
      case "HR" -> DemoAccounts.HR;
      default -> DemoAccounts.ENTERPRISE_OWNER;
    };
    browser = Browsers.chromium(language);
    Browsers.login(browser, account.email(), account.password());
    assertEquals(heading, Browsers.h1(browser));
    assertTrue(browser.findElement(By.id(contentId)).isDisplayed());
    assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @ParameterizedTest(name = "switch from {0}")
  @CsvSource({"fr, en, My account", "en, fr, Mon compte"})
  void theLanguageSwitchChangesThePageAndIsRemembered(String from, String to, String heading) {
    browser = Browsers.chromium(from);
    Browsers.login(browser, DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    Browsers.load(browser, By.id("lang-switch"));
    Browsers.waitFor(browser).until(d -> to.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertEquals(heading, Browsers.h1(browser));
    Browsers.open(browser, "/policy.xhtml");
    assertEquals(to, browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  /** A request's link from an e-mail, opened while logged out, opens the request once logged in. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"fr", "en"})
  void aLinkFromAnEmailOpensItsPageAfterTheLogin(String language) {
    long id = ((Number) com.genuka.privacy.it.support.Db.value("SELECT MIN(r.id) FROM privacy_request r"
        + " JOIN user_account u ON u.id = r.subject_user_id WHERE u.email = ?", DemoAccounts.PRO_OWNER.email())).longValue();
    browser = Browsers.chromium(language);
    Browsers.open(browser, "/customer/request.xhtml?id=" + id);
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    browser.findElement(By.id("login:email")).sendKeys(DemoAccounts.PRO_OWNER.email());
    browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PRO_OWNER.password());
    Browsers.load(browser, By.id("login:submit"));
    assertEquals(com.genuka.privacy.it.support.It.url("/customer/request.xhtml?id=" + id), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("request-status")).isDisplayed());
  }
}
