package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In Chromium, in French and in English: every flow of the customer's portal, as a person clicks through it. */
class PortalBrowserIT {

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Customer loggedIn(String language) {
    Customer c = Fixtures.newCustomer(language);
    browser = Browsers.chromium(language);
    Browsers.login(browser, c.email(), Fixtures.PASSWORD);
    return c;
  }

  private void click(By by) {
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private void load(By by) {
    Browsers.load(browser, by);
  }

  private String text(By by) {
    return Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"fr, Mes données, Données de navigateur, 3 mars 2027", "en, My data, Browser data, 3 March 2027"})
  void fromTheMenuToTheDayAVisitIsDeleted(String language, String myData, String category, String deletedOn) {
    Customer c = Fixtures.newCustomer(language);
    Fixtures.visit(c, Instant.parse("2026-03-03T10:15:00Z"), "10.20.30.40");
    browser = Browsers.chromium(language);
    Browsers.login(browser, c.email(), Fixtures.PASSWORD);
    load(By.id("nav-my-data"));
    assertEquals(myData, Browsers.h1(browser));
    load(By.cssSelector("#card-C3 a"));
    assertEquals(category, Browsers.h1(browser));
    WebElement row = browser.findElements(By.cssSelector("#visits tbody tr")).stream()
        .filter(r -> r.getText().contains("10.20.30.40")).findFirst().orElseThrow();
    assertEquals(deletedOn, row.findElement(By.cssSelector("td.deleted-on")).getText());
    assertTrue(text(By.id("recipients")).contains("OVHCloud SAS"), "who receives it, from the register");
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | un numéro de carte bancaire ne peut être saisi nulle part | Vos coordonnées sont enregistrées",
    "en | a payment card number cannot be entered anywhere | Your contact details are saved"})
  void correctingContactDataAndBeingRefusedACardNumber(String language, String refusal, String saved) {
    Customer c = loggedIn(language);
    Browsers.open(browser, "/customer/contact.xhtml");
    WebElement city = browser.findElement(By.id("contact:city"));
    city.clear();
    city.sendKeys("4111 1111 1111 1111");
    load(By.id("contact:save"));
    assertTrue(text(By.id("messages")).contains(refusal), browser.findElement(By.id("messages")).getText());
    assertEquals("Douala", Db.value("SELECT city FROM user_account WHERE id = ?", c.userId()));
    city = browser.findElement(By.id("contact:city"));
    city.clear();
    city.sendKeys("Kribi");
    WebElement phone = browser.findElement(By.id("contact:phone"));
    phone.clear();
    phone.sendKeys("+237 6 77 88 99 00");
    load(By.id("contact:save"));
    assertTrue(text(By.id("messages")).contains(saved));
    assertEquals("+237677889900", Db.value("SELECT phone FROM user_account WHERE id = ?", c.userId()));
    assertEquals("Kribi", Db.value("SELECT city FROM user_account WHERE id = ?", c.userId()));
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"fr, Accepté, Refusé", "en, Accepted, Refused"})
  void switchingMarketingOnAndOff(String language, String on, String off) {
    loggedIn(language);
    Browsers.open(browser, "/customer/consents.xhtml");
    assertEquals(off, text(By.id("state-MARKETING")));
    load(By.cssSelector("#consent-MARKETING input[type=submit]"));
    assertEquals(on, text(By.id("state-MARKETING")));
    load(By.cssSelector("#consent-MARKETING input[type=submit]"));
    assertEquals(off, text(By.id("state-MARKETING")));
    assertEquals(2, browser.findElements(By.cssSelector("#consent-history-table tbody tr")).size());
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void deletingOneRecordingThenAllOfThem(String language) {
    Customer c = loggedIn(language);
    for (int i = 1; i <= 3; i++) {
      Fixtures.recording(c, Instant.now().minusSeconds(3600L * i));
    }
    Browsers.open(browser, "/customer/recordings.xhtml");
    assertEquals(3, browser.findElements(By.cssSelector("#recordings tbody tr")).size());
    load(By.cssSelector("#recordings tbody tr:first-child input[type=submit]"));
    Browsers.waitFor(browser).until(d -> d.findElements(By.cssSelector("#recordings tbody tr")).size() == 2);
    load(By.id("all:go"));
    assertTrue(text(By.cssSelector("#all .field-error")).length() > 0, "asked to confirm");
    assertEquals(2, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", c.userId()));
    click(By.id("all:confirm"));
    load(By.id("all:go"));
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("no-recordings")));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", c.userId()));
    assertEquals(2, Db.count("SELECT COUNT(*) FROM tombstone WHERE subject_ref = ? AND category = 'C5'", c.subjectRef()));
    assertTrue(text(By.id("in-backups")).contains(String.valueOf(It.today().plusYears(1).getYear())));
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"fr, Accès, Annulée", "en, Access, Cancelled"})
  void filingARequestAndCancellingIt(String language, String type, String cancelled) {
    loggedIn(language);
    load(By.id("nav-my-requests"));
    click(By.cssSelector("input[type=radio][value=ACCESS]"));
    load(By.id("file:submit"));
    assertEquals(type, text(By.id("request-type")));
    load(By.id("cancel:go"));
    Browsers.waitFor(browser).until(d -> cancelled.equals(d.findElement(By.id("request-status")).getText()));
    load(By.cssSelector(".breadcrumb a"));
    assertTrue(text(By.id("requests")).contains(cancelled));
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Le nom de l'entreprise ne correspond pas | Effacement",
    "en | The company name does not match | Erasure"})
  void erasingTheAccountAsksForTheCompanyName(String language, String mismatch, String erasure) {
    Customer c = loggedIn(language);
    Browsers.open(browser, "/customer/requests.xhtml");
    click(By.cssSelector("input[type=radio][value=ERASURE]"));
    browser.findElement(By.id("file:confirmation")).sendKeys("wrong name");
    load(By.id("file:submit"));
    assertTrue(text(By.id("messages")).contains(mismatch));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_user_id = ?", c.userId()));
    click(By.cssSelector("input[type=radio][value=ERASURE]"));
    WebElement confirm = browser.findElement(By.id("file:confirmation"));
    confirm.clear();
    confirm.sendKeys(c.company());
    load(By.id("file:submit"));
    assertEquals(erasure, text(By.id("request-type")));
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource(delimiter = '|', value = {"fr | Me désabonner | C'est fait", "en | Unsubscribe me | Done:"})
  void unsubscribingFromTheLinkOfAMarketingMail(String language, String button, String done) {
    Customer c = Fixtures.newCustomer(language);
    Fixtures.consent(c, "MARKETING", true, Instant.now().minusSeconds(86_400), "SIGNUP");
    browser = Browsers.chromium(language);
    Browsers.open(browser, "/unsubscribe?t=" + c.unsubscribeToken());
    assertEquals(button, text(By.id("unsub-button")));
    load(By.id("unsub-button"));
    assertTrue(text(By.id("unsub-done")).startsWith(done));
    assertEquals("UNSUBSCRIBE_LINK", Db.value("SELECT method FROM consent_record WHERE user_id = ? ORDER BY id DESC LIMIT 1", c.userId()));
  }
}
