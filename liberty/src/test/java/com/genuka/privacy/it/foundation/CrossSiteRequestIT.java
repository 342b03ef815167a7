package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page of another site (or of another origin of the same site) that makes a logged-in admin's
 * browser post to the portal changes nothing: the REST API checks where every state-changing call
 * comes from, and the pages' forms carry a view state no other site can read.
 */
class CrossSiteRequestIT {

  private static final String REFUSED = "Refused: this request does not come from a page of the portal";

  private static long paul() {
    return ((Number) Db.value("SELECT id FROM user_account WHERE email = ?", DemoAccounts.ADMIN_2.email())).longValue();
  }

  /** A request logged by the admin and verified from the portal's own API call (which still works). */
  private static long verifiedRequest(PortalClient admin) {
    String email = "csrf-" + UUID.randomUUID() + "@example.org";
    Requests.log(admin, "ACCESS", "EMAIL", It.today().toString(), email, "Csrf Target", "en", "");
    long id = Requests.idByEmail(email);
    Page verified = Requests.act(admin, id, "verify", Map.of());
    assertEquals(200, verified.status(), "a call from the portal's own origin is accepted: " + verified.body());
    assertEquals("VERIFIED", Requests.status(id));
    return id;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "another site | Origin | http://evil.example",
    "the same site on another port | Origin | http://localhost:1",
    "a page hiding its origin | Origin | null",
    "another site's page without Origin | Referer | http://evil.example/form.html",
  })
  void anApiCallFromAnotherOriginReassignsNothing(String from, String header, String value) {
    PortalClient admin = Requests.admin("en");
    long id = verifiedRequest(admin);
    int version = Requests.version(id);
    Page refused = admin.sendAs("POST", "/api/admin/requests/" + id + "/assign",
        Map.of("admin", Long.toString(paul()), "version", Integer.toString(version)), Map.of(header, value));
    assertEquals(403, refused.status(), refused.body());
    assertEquals("api.crossSite", refused.json().getString("error"));
    assertTrue(refused.json().getString("message").startsWith(REFUSED), refused.body());
    assertNull(Db.value("SELECT assigned_to FROM privacy_request WHERE id = ?", id), "not reassigned");
    assertEquals(version, Requests.version(id));
  }

  @Test
  void aCallWithNeitherOriginNorRefererIsAcceptedOnlyFromATool() {
    PortalClient admin = Requests.admin("fr");
    long id = verifiedRequest(admin);
    Map<String, String> form = Map.of("admin", Long.toString(paul()), "version", Integer.toString(Requests.version(id)));
    Page bare = admin.sendAs("POST", "/api/admin/requests/" + id + "/assign", form, Map.of());
    assertEquals(403, bare.status(), bare.body());
    assertTrue(bare.json().getString("message").startsWith("Refusé : cette demande ne vient pas d'une page du portail"),
        bare.body());
    assertNull(Db.value("SELECT assigned_to FROM privacy_request WHERE id = ?", id));

    Page tool = admin.sendAs("POST", "/api/admin/requests/" + id + "/assign", form, Map.of("X-Requested-With", "curl"));
    assertEquals(200, tool.status(), tool.body());
    assertEquals(paul(), ((Number) Db.value("SELECT assigned_to FROM privacy_request WHERE id = ?", id)).longValue());
  }

  @Test
  void theTestHooksAndEveryOtherApiAreGuardedAlike() {
    PortalClient admin = Requests.admin("en");
    Page scan = admin.sendAs("POST", "/api/admin/engines/residue-scan", Map.of("email", "nobody@example.org"),
        Map.of("Origin", "http://evil.example"));
    assertEquals(403, scan.status(), scan.body());
    assertEquals("api.crossSite", scan.json().getString("error"));
  }

  /** The admin page's own form, posted by another site's page with the admin's real view state. */
  @Test
  void aPageFormPostedFromAnotherOriginIsRefused() {
    PortalClient admin = Requests.admin("en");
    String email = "csrf-page-" + UUID.randomUUID() + "@example.org";
    Requests.log(admin, "ACCESS", "EMAIL", It.today().toString(), email, "Csrf Page", "en", "");
    long id = Requests.idByEmail(email);
    String before = Requests.status(id);
    Page detail = admin.get("/admin/request.xhtml?id=" + id);
    Page refused = admin.submitFrom(detail, "actions", Map.of(), "verify", Map.of("Origin", "http://evil.example"));
    assertEquals(403, refused.status());
    assertEquals("Access denied", refused.h1());
    assertEquals(before, Requests.status(id), "nothing changed");

    // an old browser that sends no Origin: the view state, which no other site can read, still guards the form
    String html = detail.body().replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-4242424242:1");
    Page forged = new Page(detail.status(), detail.uri(), html, detail.headers(), detail.hops());
    Page expired = admin.submitFrom(forged, "actions", Map.of(), "verify", Map.of());
    assertEquals("Page expired", expired.h1(), expired.mainText());
    assertEquals(before, Requests.status(id), "nothing changed");

    Page own = admin.submit(admin.get("/admin/request.xhtml?id=" + id), "actions", Map.of(), "verify");
    assertEquals("VERIFIED", Requests.status(id), "the page itself still works: " + own.mainText());
  }

  @Test
  void anotherSiteCannotLogSomeoneOut() {
    PortalClient customer = PortalClient.english();
    customer.login(DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    Page refused = customer.sendAs("POST", "/logout", Map.of(), Map.of("Origin", "http://evil.example"));
    assertEquals(403, refused.status());
    assertEquals("/customer/account.xhtml", customer.get("/customer/account.xhtml").path(), "still logged in");
  }
}
