package com.genuka.privacy.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Debian's chromedriver. Nothing is downloaded:
 * the driver and the browser are given by path, which keeps Selenium Manager out of the way.
 */
public final class Browsers {

  private Browsers() {}

  /** A fresh browser whose preferred language is {@code language} ("fr" or "en"). */
  public static WebDriver chromium(String language) {
    Path profile;
    try {
      profile = Files.createTempDirectory("genuka-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run", "--window-size=1280,1000",
        "--lang=" + ("fr".equals(language) ? "fr-FR" : "en-GB"),
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr".equals(language) ? "fr-FR,fr" : "en-GB,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  public static void open(WebDriver driver, String path) {
    driver.get(It.url(path));
  }

  public static void login(WebDriver driver, String email, String password) {
    open(driver, "/login.xhtml");
    driver.findElement(By.id("login:email")).sendKeys(email);
    driver.findElement(By.id("login:password")).sendKeys(password);
    load(driver, By.id("login:submit"));
    waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  /** Waits, looking again when a page swapped the element under us (a form's reply loading). */
  public static WebDriverWait waitFor(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, It.PATIENCE);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** A wait that shrugs off the moment a page is replaced under what it is reading. */
  public static WebDriverWait settled(WebDriver driver) {
    WebDriverWait wait = waitFor(driver);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /**
   * Clicks what sends a form or follows a link, and waits until the next page has replaced this one
   * and finished loading. The old page is recognised by a mark left on its window, not by an element
   * of it: while Chromium swaps documents, asking about an old element can fail with an inspector
   * error instead of a "stale element" answer, and a script can fail while no document is there.
   */
  public static void load(WebDriver driver, By by) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.genukaPreviousPage = true;");
    waitFor(driver).until(ExpectedConditions.elementToBeClickable(by)).click();
    settled(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return window.genukaPreviousPage === undefined && document.readyState === 'complete';")));
  }

  public static String h1(WebDriver driver) {
    return driver.findElement(By.tagName("h1")).getText();
  }
}
