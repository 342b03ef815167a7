package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium, in French and in English: HR takes an application from its receipt to a hire, and works the 30-day list. */
class HrBrowserIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();
  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  /** Clicks what posts the page or follows a link, and waits until the next page has replaced it. */
  private void submit(String id) {
    Browsers.load(browser, By.id(id));
  }

  private void type(String id, String text) {
    WebElement e = browser.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void waitForMessage(String fragment) {
    settled(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), fragment));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr|Nouvelle candidature|Données sensibles possibles.|La candidature est enregistrée.|Le document est enregistré.|Faire une offre|Embauché|Pendant le contrat",
    "en|New application|Possible sensitive data.|The application is recorded.|The document is stored.|Make an offer|Hired|While the contract runs",
  })
  void hrTakesAnApplicationFromReceiptToHire(String language, String newTitle, String flagTitle, String created,
      String stored, String offerButton, String hiredLabel, String running) throws IOException {
    String email = HrSupport.uniqueEmail("browser-hr");
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.HR.email(), DemoAccounts.HR.password());
    Browsers.open(browser, "/hr/candidates.xhtml");
    submit("hr-nav-new");
    settled(browser).until(d -> newTitle.equals(Browsers.h1(d)));
    type("candidate:fullName", "Chromium Candidate");
    type("candidate:email", email);
    type("candidate:position", "Browser tester");
    type("candidate:notes", "Très bon profil, musulmane pratiquante.");
    assertFalse(browser.findElement(By.id("candidate-flags")).isDisplayed(), "no flag before saving");
    submit("candidate:save");
    settled(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-flags")));
    assertTrue(text("candidate-flags").contains(flagTitle));
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate WHERE email = ?", email));
    click("candidate:confirm");
    submit("candidate:save");
    waitForMessage(created);
    assertEquals("Chromium Candidate", text("candidate-name"));

    Path cv = Files.createTempFile("cv-", ".pdf");
    try {
      Files.write(cv, HrSupport.pdf("Curriculum vitae Chromium"));
      browser.findElement(By.id("upload:file")).sendKeys(cv.toAbsolutePath().toString());
      submit("upload:send");
      waitForMessage(stored);
    } finally {
      Files.deleteIfExists(cv);
    }
    assertTrue(browser.findElement(By.id("documents")).getText().contains(cv.getFileName().toString()));

    submit("state:to-INTERVIEWING");
    settled(browser).until(d -> "INTERVIEWING".equals(d.findElement(By.id("candidate-state")).getAttribute("data-state")));
    assertTrue(browser.findElements(By.id("offer")).isEmpty(), "no offer data before the offer");
    assertEquals(offerButton, browser.findElement(By.id("state:to-OFFER")).getAttribute("value"));
    submit("state:to-OFFER");
    settled(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("offer:homeAddress")));
    type("offer:homeAddress", "8 avenue Kennedy, Yaoundé");
    setValue("offer:dateOfBirth", "1993-09-12");
    type("offer:bankIban", "GB82 WEST 1234 5698 7654 32");
    new Select(browser.findElement(By.id("offer:employmentCountry"))).selectByValue("CM");
    setValue("offer:contractStart", It.today().plusDays(10).toString());
    submit("offer:save");
    settled(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("state:to-HIRED")));
    submit("state:to-HIRED");
    settled(browser).until(d -> "HIRED".equals(d.findElement(By.id("candidate-state")).getAttribute("data-state")));
    assertEquals(hiredLabel, text("candidate-state"));
    assertEquals("CONTRACT_RUNNING", browser.findElement(By.id("deletion")).getAttribute("data-basis"));
    assertEquals("GB82WEST12345698765432", Db.value("SELECT bank_iban FROM candidate WHERE email = ?", email));

    Browsers.open(browser, "/hr/candidates.xhtml?q=" + email);
    WebElement row = browser.findElement(By.cssSelector("#candidates tbody tr"));
    assertTrue(row.getText().contains(hiredLabel) && row.getText().contains(running), row.getText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr|Suppressions dans les 30 jours|La question a été envoyée au candidat.",
    "en|Deletions within 30 days|The question was sent to the candidate.",
  })
  void hrWorksTheThirtyDayList(String language, String title, String asked) {
    String email = HrSupport.uniqueEmail("browser-due");
    Instant contact = Instant.now().minus(Duration.ofDays(3 * 365 - 10));
    long id = HrSupport.insert("Soon Deleted " + language, email, "Due tester", "REJECTED", language, contact, contact);
    browser = Browsers.chromium(language);
    Browsers.login(browser, DemoAccounts.HR.email(), DemoAccounts.HR.password());
    Browsers.open(browser, "/hr/candidates.xhtml");
    submit("hr-nav-due");
    settled(browser).until(d -> title.equals(Browsers.h1(d)));
    WebElement row = browser.findElement(By.cssSelector("tr[data-candidate='" + id + "']"));
    Browsers.load(browser, By.cssSelector("tr[data-candidate='" + id + "'] a"));
    settled(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("outreach:ask-talent-pool")));
    submit("outreach:ask-talent-pool");
    waitForMessage(asked);
    mail.await(m -> m.to().contains(email));
  }

  private static WebDriverWait settled(WebDriver driver) {
    return Browsers.settled(driver);
  }
}
