package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.demo.control.DemoAccounts.Account;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
