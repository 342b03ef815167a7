package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.demo.control.DemoAccounts.Account;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Form login against the database: who gets in, where they land, what a refusal says. */
class LoginIT {

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "ADMIN, fr, /admin/requests.xhtml, Demandes en cours",
    "ADMIN, en, /admin/requests.xhtml, Open requests",
    "HR, fr, /hr/candidates.xhtml, Candidats",
    "HR, en, /hr/candidates.xhtml, Candidates",
    "CUSTOMER, fr, /customer/account.xhtml, Mon compte",
    "CUSTOMER, en, /customer/account.xhtml, My account",
  })
  void eachRoleLandsOnItsOwnPage(String role, String language, String landing, String heading) {
    Account account = switch (role) {
      case "ADMIN" -> DemoAccounts.ADMIN;
      case "HR" -> DemoAccounts.HR;
      default -> DemoAccounts.PRO_OWNER;
    };
    Page page = PortalClient.speaking(language).login(account.email(), account.password());
    assertEquals(200, page.status());
    assertEquals(landing, page.path());
    assertEquals(heading, page.h1());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fr", "en"})
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer(String language) {
    Page wrongPassword = PortalClient.speaking(language).login(DemoAccounts.ADMIN.email(), "not-the-password");
    Page unknownEmail = PortalClient.speaking(language).login("nobody-" + UUID.randomUUID() + "@example.org", "whatever");
    String expected = "fr".equals(language) ? "L'adresse e-mail ou le mot de passe est incorrect."
        : "The e-mail address or the password is wrong.";
    for (Page refused : new Page[] {wrongPassword, unknownEmail}) {
      assertEquals("/login.xhtml", refused.path());
      assertTrue(refused.mainText().contains(expected), refused.mainText());
      assertFalse(refused.body().contains("Exception"), "no stack trace");
    }
    assertEquals(wrongPassword.doc().getElementById("messages").text(),
        unknownEmail.doc().getElementById("messages").text(), "nothing tells whether the e-mail exists");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fr", "en"})
  void manyFailuresForOneAddressAreSlowedDownWhetherItExistsOrNot(String language) {
    String email = "guess-" + UUID.randomUUID() + "@example.org";
    PortalClient client = PortalClient.speaking(language);
    Page last = null;
    for (int i = 0; i < 11; i++) {
      last = client.login(email, "attempt-" + i);
    }
    String expected = "fr".equals(language) ? "Trop de tentatives de connexion" : "Too many login attempts";
    assertTrue(last.mainText().contains(expected), last.mainText());
  }

  @org.junit.jupiter.api.Test
  void theSessionIdChangesAtLoginAndCookiesAreNotReadableByScripts() {
    PortalClient client = PortalClient.english();
    client.get("/login.xhtml");
    String before = client.cookie("GENUKA_SESSION").orElseThrow().getValue();
    Page landed = client.login(DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    String after = client.cookie("GENUKA_SESSION").orElseThrow().getValue();
    assertNotEquals(before, after, "a new session id after login");
    for (String setCookie : landed.setCookies()) {
      if (setCookie.startsWith("GENUKA_SESSION") || setCookie.startsWith("GENUKA_SSO")) {
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite"), setCookie);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void loggingOutEndsTheSession() {
    PortalClient client = PortalClient.french();
    client.login(DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    Page out = client.logout();
    assertTrue(out.mainText().contains("Vous êtes déconnecté."), out.mainText());
    Page again = client.get("/customer/account.xhtml");
    assertEquals("/login.xhtml", again.path(), "a protected page asks for the login again");
  }

  /** Someone logged in who opens the login page again (a bookmark, the back button) is shown their home page. */
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "ADMIN, fr, /admin/requests.xhtml, Demandes en cours",
    "HR, en, /hr/candidates.xhtml, Candidates",
    "CUSTOMER, fr, /customer/account.xhtml, Mon compte",
    "CUSTOMER, en, /customer/account.xhtml, My account",
  })
  void theLoginPageOpenedWhileLoggedInShowsOnesHome(String role, String language, String landing, String heading) {
    Account account = switch (role) {
      case "ADMIN" -> DemoAccounts.ADMIN;
      case "HR" -> DemoAccounts.HR;
      default -> DemoAccounts.PRO_OWNER;
    };
    long incidents = com.genuka.privacy.it.support.It.incidents();
    PortalClient client = PortalClient.speaking(language);
    client.login(account.email(), account.password());
    for (String path : new String[] {"/login.xhtml", "/login.xhtml?loggedOut=true"}) {
      Page again = client.get(path);
      assertEquals(200, again.status(), path + ": " + again.mainText());
      assertEquals(landing, again.path(), path);
      assertEquals(heading, again.h1(), path);
    }
    assertEquals(landing, client.get(landing).path(), "still logged in");
    assertEquals(incidents, com.genuka.privacy.it.support.It.incidents(), "no failure logged");
  }

  /** Every page open to visitors also opens for someone logged in. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CUSTOMER", "ADMIN"})
  void thePublicPagesOpenForALoggedInPerson(String role) {
    Account account = "ADMIN".equals(role) ? DemoAccounts.ADMIN : DemoAccounts.PRO_OWNER;
    long incidents = com.genuka.privacy.it.support.It.incidents();
    PortalClient client = PortalClient.french();
    client.login(account.email(), account.password());
    for (String path : new String[] {"/", "/index.xhtml", "/policy.xhtml", "/subprocessors.xhtml", "/locations.xhtml",
        "/retention.xhtml", "/request/new.xhtml", "/request/verify.xhtml?token=unknown", "/email/confirm.xhtml?token=unknown",
        "/candidate/my-data.xhtml", "/candidate/link.xhtml", "/unsubscribe?t=unknown", "/download/unknown",
        "/api/registers/subprocessors", "/home"}) {
      Page page = client.get(path);
      assertTrue(page.status() < 500, path + " answered " + page.status() + ": " + page.mainText());
      assertFalse(page.path().equals("/login.xhtml"), path + " asked a logged-in person to log in");
      assertFalse(page.body().contains("Exception"), path);
    }
    assertEquals(incidents, com.genuka.privacy.it.support.It.incidents(), "no failure logged");
  }
}
