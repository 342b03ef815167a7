package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Browsers;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, in French and in English: a candidate opens the link HR e-mailed, reads their data
 * and its deletion date in their browser's language (or the one they switch to), corrects their phone, objects to being kept, and asks
 * for deletion; a second visit with the same link is refused.
 */
class CandidatePageBrowserIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();
  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void waitForMessage(String fragment) {
    settled(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), fragment));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr|en|Vos données de candidature|Your application data|Vos coordonnées sont corrigées.|Votre opposition est enregistrée|Votre demande de suppression est enregistrée|Ce lien a déjà servi",
    "en|fr|Your application data|Vos données de candidature|Your contact details are corrected.|Your objection is recorded|Your deletion request is recorded|This link has already been used",
  })
  void aCandidateUsesTheirPageFromTheEmailedLink(String language, String other, String title, String otherTitle,
      String corrected, String objected, String deletionAsked, String reused) {
    String email = HrSupport.uniqueEmail("browser-candidate");
    Instant contact = Instant.now();
    long id = HrSupport.insert("Page Visitor " + language, email, "Candidate page tester", "REJECTED", language,
        contact, contact);
    Db.update("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content, uploaded_at)"
        + " VALUES (?,?,?,?,?,?,?)", id, "CV", "mon-cv.pdf", "application/pdf", 10, HrSupport.pdf("cv"), Instant.now());
    PortalClient hr = HrSupport.hr(language);
    hr.submit(HrSupport.page(hr, id), "outreach", Map.of(), "send-link");
    String link = HrSupport.pageLink(mail.await(m -> m.to().contains(email)));

    // The candidate's file says one language, their browser asks for the other: the page follows
    // the browser, as every page of the portal does, and the switch still works.
    browser = Browsers.chromium(other);
    browser.get(link);
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM access_token WHERE candidate_id = ? AND purpose = 'CANDIDATE_ACCESS'"
        + " AND used_at IS NOT NULL", id), "opening the link spends nothing before the button");
    Browsers.load(browser, By.id("link:go"));
    settled(browser).until(d -> otherTitle.equals(Browsers.h1(d)));
    assertFalse(browser.getCurrentUrl().contains("token="), "the secret leaves the address bar");
    assertEquals(other, browser.findElement(By.tagName("html")).getAttribute("lang"), "the browser's language");
    Browsers.load(browser, By.id("lang-switch"));
    settled(browser).until(d -> title.equals(Browsers.h1(d)));
    assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), "the switch");
    WebElement when = browser.findElement(By.cssSelector("#candidate-deletion li[data-application='" + id + "']"));
    assertEquals(java.time.LocalDate.ofInstant(contact, It.ZONE).plusYears(3).toString(), when.getAttribute("data-date"),
        "three years after the last contact, counted in the portal's days");
    assertTrue(browser.findElement(By.linkText("mon-cv.pdf")).isDisplayed());

    WebElement phone = browser.findElement(By.id("contact:phone"));
    phone.clear();
    phone.sendKeys("+237 6 99 00 11 22");
    Browsers.load(browser, By.id("contact:save"));
    waitForMessage(corrected);
    assertEquals("+237 6 99 00 11 22", browser.findElement(By.id("own-phone")).getText());


    browser.findElement(By.id("object:object")).click();
    settled(browser).until(ExpectedConditions.alertIsPresent()).accept();
    waitForMessage(objected);
    assertEquals(Boolean.TRUE, Db.value("SELECT objected_to_retention FROM candidate WHERE id = ?", id));

    browser.findElement(By.id("deletion:details")).sendKeys("Merci / Thanks");
    Browsers.load(browser, By.id("deletion:ask"));
    waitForMessage(deletionAsked);
    String reference = (String) Db.value("SELECT reference FROM privacy_request WHERE subject_candidate_id = ?"
        + " AND type = 'ERASURE'", id);
    assertTrue(browser.findElement(By.id("messages")).getText().contains(reference));
    assertTrue(browser.findElement(By.id("erasure-open")).getText().contains(reference));

    WebDriver second = Browsers.chromium(language);
    try {
      second.get(link);
      settled(second).until(ExpectedConditions.presenceOfElementLocated(By.id("candidate-no-access")));
      assertTrue(second.findElement(By.id("candidate-no-access")).getText().contains(reused));
      assertFalse(second.getPageSource().contains("Page Visitor"));
    } finally {
      second.quit();
    }
  }

  private static WebDriverWait settled(WebDriver driver) {
    return Browsers.settled(driver);
  }
}
