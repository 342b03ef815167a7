package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.demo.control.DemoAccounts.Account;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Hop;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every role's pages are closed to the others, with a 403 page in the person's language. */
class AccessControlIT {

  @ParameterizedTest(name = "{0} opens {2} in {1}")
  @CsvSource({
    "CUSTOMER, fr, /admin/requests.xhtml",
    "CUSTOMER, en, /hr/candidates.xhtml",
    "HR, fr, /customer/account.xhtml",
    "HR, en, /admin/requests.xhtml",
    "ADMIN, fr, /hr/candidates.xhtml",
    "ADMIN, en, /customer/account.xhtml",
  })
  void aRoleIsRefusedTheOthersPages(String role, String language, String page) {
    Account account = switch (role) {
      case "ADMIN" -> DemoAccounts.ADMIN;
      case "HR" -> DemoAccounts.HR;
      default -> DemoAccounts.PRO_OWNER;
    };
    PortalClient client = PortalClient.speaking(language);
    client.login(account.email(), account.password());
    Page refused = client.get(page);
    assertEquals(403, refused.status());
    assertEquals("fr".equals(language) ? "Accès refusé" : "Access denied", refused.h1());
    assertTrue(!refused.body().contains("Exception"), "no stack trace");
  }

  @ParameterizedTest(name = "anonymous opens {0}")
  @CsvSource({"/admin/requests.xhtml", "/hr/candidates.xhtml", "/customer/account.xhtml"})
  void anonymousVisitorsAreAskedToLogIn(String page) {
    Page landed = PortalClient.french().get(page);
    assertEquals("/login.xhtml", landed.path());
    assertEquals("Connexion", landed.h1());
  }

  @ParameterizedTest(name = "{0} after login")
  @CsvSource({"/admin/requests.xhtml, Demandes en cours", "/hr/candidates.xhtml, Candidats"})
  void aPersonSentToLoginComesBackToThePageTheyAskedFor(String page, String heading) {
    Account account = page.startsWith("/admin") ? DemoAccounts.ADMIN : DemoAccounts.HR;
    PortalClient client = PortalClient.french();
    Page login = client.get(page);
    Page landed = client.submit(login, "login",
        java.util.Map.of("email", account.email(), "password", account.password()), "submit");
    assertEquals(page, landed.path());
    assertEquals(heading, landed.h1());
  }

  /** The REST API is for programs: a refusal is JSON in the caller's language, never a page or a redirect. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr | Connectez-vous pour utiliser cette adresse de l'API. | Votre compte ne permet pas d'utiliser cette adresse de l'API.",
    "en | Log in to use this API address. | Your account may not use this API address.",
  })
  void theApiRefusesInJsonInTheCallersLanguage(String language, String loginRequired, String forbidden) {
    PortalClient anonymous = PortalClient.speaking(language);
    assertJsonRefusal(anonymous.get("/api/admin/requests"), 401, "api.loginRequired", loginRequired);
    assertJsonRefusal(anonymous.get("/api/admin/engines/jobs"), 401, "api.loginRequired", loginRequired);
    assertJsonRefusal(anonymous.get("/api/hr/candidates"), 401, "api.loginRequired", loginRequired);
    assertJsonRefusal(anonymous.post("/api/admin/requests/1/verify", Map.of("version", "0")), 401,
        "api.loginRequired", loginRequired);

    PortalClient customer = PortalClient.speaking(language);
    customer.login(DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    assertJsonRefusal(customer.get("/api/admin/requests"), 403, "api.forbidden", forbidden);
    assertJsonRefusal(customer.get("/api/admin/requests/1"), 403, "api.forbidden", forbidden);
    assertJsonRefusal(customer.post("/api/admin/requests/1/assign", Map.of("admin", "1", "version", "0")), 403,
        "api.forbidden", forbidden);
    assertJsonRefusal(customer.get("/api/hr/candidates"), 403, "api.forbidden", forbidden);

    PortalClient hr = PortalClient.speaking(language);
    hr.login(DemoAccounts.HR.email(), DemoAccounts.HR.password());
    assertJsonRefusal(hr.get("/api/admin/engines/jobs"), 403, "api.forbidden", forbidden);
    assertEquals(200, customer.get("/api/registers/retention").status(), "the open registers stay open");
  }

  @Test
  void theApiSpeaksTheLanguageChosenWithTheSwitch() {
    PortalClient client = PortalClient.english();
    client.get("/policy.xhtml?lang=fr");
    assertJsonRefusal(client.get("/api/admin/requests"), 401, "api.loginRequired",
        "Connectez-vous pour utiliser cette adresse de l'API.");
  }

  private static void assertJsonRefusal(Page page, int status, String error, String message) {
    assertEquals(status, page.status(), page.uri() + ": " + page.body());
    assertEquals(1, page.hops().size(), page.uri() + ": no redirect to the login page");
    assertTrue(page.headers().getOrDefault("content-type", java.util.List.of("")).get(0).startsWith("application/json"),
        page.uri() + ": " + page.headers());
    assertEquals(error, page.json().getString("error"), page.body());
    assertEquals(message, page.json().getString("message"), page.body());
  }

  /** A customer's request, as the link of an e-mail about it names it. */
  private static long customersRequest() {
    Object id = Db.value("SELECT MIN(r.id) FROM privacy_request r JOIN user_account u ON u.id = r.subject_user_id"
        + " WHERE u.email = ?", DemoAccounts.PRO_OWNER.email());
    assertNotNull(id, "the demo customer has requests");
    return ((Number) id).longValue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fr", "en"})
  void aRequestsLinkOpenedLoggedOutOpensTheRequestOnceLoggedIn(String language) {
    long id = customersRequest();
    PortalClient client = PortalClient.speaking(language);
    Page login = client.get("/customer/request.xhtml?id=" + id);
    assertEquals("/login.xhtml", login.path(), "the address bar shows the login page");
    Page landed = client.submit(login, "login",
        Map.of("email", DemoAccounts.PRO_OWNER.email(), "password", DemoAccounts.PRO_OWNER.password()), "submit");
    assertEquals(200, landed.status());
    assertEquals("/customer/request.xhtml", landed.path());
    assertEquals("id=" + id, landed.uri().getQuery());
    assertNotNull(landed.doc().getElementById("request-status"), landed.mainText());
  }

  @Test
  void aLinkIntoAnotherRolesPagesLeadsToOnesOwnHomeNotToARefusal() {
    PortalClient client = PortalClient.english();
    Page login = client.get("/admin/request.xhtml?id=1");
    Page landed = client.submit(login, "login",
        Map.of("email", DemoAccounts.PRO_OWNER.email(), "password", DemoAccounts.PRO_OWNER.password()), "submit");
    assertEquals(200, landed.status());
    assertEquals("/customer/account.xhtml", landed.path());
  }

  @ParameterizedTest(name = "next={0}")
  @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/",
      "/customer/../../evil", "http:evil.example"})
  void theLoginNeverSendsAnyoneToAnotherSite(String next) {
    PortalClient client = PortalClient.english();
    Page login = client.get("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    Page landed = client.submit(login, "login",
        Map.of("email", DemoAccounts.PRO_OWNER.email(), "password", DemoAccounts.PRO_OWNER.password()), "submit");
    assertEquals("/customer/account.xhtml", landed.path());
    for (Hop hop : landed.hops()) {
      assertEquals(URI.create(It.BASE_URL).getAuthority(), hop.uri().getAuthority(), "every step stays on the portal");
      String location = hop.headers().getOrDefault("location", java.util.List.of("")).get(0);
      assertFalse(location.contains("evil"), location);
    }
  }
}
