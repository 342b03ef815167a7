package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown addresses, expired views and malformed posts get a clear page in the person's language. */
class BadInputIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, Page introuvable", "en, Page not found"})
  void anUnknownAddressGetsALocalizedNotFoundPage(String language, String heading) {
    long incidents = It.incidents();
    for (String path : new String[] {"/no-such-page.xhtml", "/customer/../nothing-here", "/static/missing.png"}) {
      Page page = PortalClient.speaking(language).get(path);
      assertEquals(404, page.status(), path);
      assertEquals(heading, page.h1(), path);
      assertClean(page);
    }
    assertEquals(incidents, It.incidents(), "a mistyped address is not a failure of ours");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, Page expirée", "en, Page expired"})
  void aFormFromAnExpiredViewSaysSoAndChangesNothing(String language, String heading) {
    PortalClient client = PortalClient.speaking(language);
    Page login = client.get("/login.xhtml");
    String html = login.body().replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-123456789:987654321");
    Page forged = new Page(login.status(), login.uri(), html, login.headers(), login.hops());
    Page result = client.submit(forged, "login", Map.of("email", "a@b.c", "password", "x"), "submit");
    assertEquals(heading, result.h1());
    assertClean(result);
  }

  @ParameterizedTest(name = "page={0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"x", "-3", "99999999999", "1e3"})
  void aNonsensePageOfTheAuditLogShowsTheNewestEntries(String page) {
    PortalClient admin = com.genuka.privacy.it.support.Requests.admin("en");
    Page audit = admin.get("/admin/audit.xhtml?page=" + page);
    assertEquals(200, audit.status());
    assertFalse(audit.doc().select("#audit-table tbody tr").isEmpty(), audit.mainText());
    assertClean(audit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr | n'existe pas | n'a pas pu être lu", "en | does not exist | could not be read"})
  void theApiAnswersMistakesInJsonInTheCallersLanguage(String language, String notFound, String unreadable) {
    PortalClient admin = com.genuka.privacy.it.support.Requests.admin(language);
    Page wrongId = admin.post("/api/admin/requests/abc/verify", Map.of("version", "1"));
    assertEquals(404, wrongId.status(), wrongId.body());
    assertTrue(wrongId.json().getString("message").contains(notFound), wrongId.body());
    Page wrongVersion = admin.post("/api/admin/requests/1/verify", Map.of("version", "one"));
    assertEquals(400, wrongVersion.status(), wrongVersion.body());
    assertTrue(wrongVersion.json().getString("message").contains(unreadable), wrongVersion.body());
    for (Page p : new Page[] {wrongId, wrongVersion}) {
      assertFalse(p.body().contains("Exception") || p.body().contains("at com."), p.body());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr", "en"})
  void malformedPostsNeverShowAStackTrace(String language) {
    PortalClient client = PortalClient.speaking(language);
    Page garbage = client.postRaw("/login.xhtml", "application/x-www-form-urlencoded", "%%%&&&=%ZZ&login=login");
    assertClean(garbage);
    Page noState = client.post("/login.xhtml", Map.of("login", "login", "login:email", "x"));
    assertClean(noState);
    assertTrue(noState.status() < 500 || noState.h1().length() > 0);
    Page wrongType = client.postRaw("/policy.xhtml", "application/json", "{\"version\": [1,2,3]}");
    assertClean(wrongType);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr", "en"})
  void aMalformedPolicyVersionShowsTheVersionInForce(String language) {
    Page page = PortalClient.speaking(language).get("/policy.xhtml?version=abc%27%3Cscript%3E");
    assertEquals(200, page.status());
    assertTrue(page.doc().getElementById("policy-text").text().length() > 1000);
    assertFalse(page.body().contains("<script>"), "nothing of the address is echoed");
  }

  private static void assertClean(Page page) {
    String body = page.body();
    assertFalse(body.contains("Exception"), page.uri() + ": " + body);
    assertFalse(body.contains("at com."), page.uri() + ": stack trace");
    assertFalse(body.contains("at jakarta."), page.uri() + ": stack trace");
    assertFalse(body.contains("SRVE"), page.uri() + ": container error text");
  }

  /** The language switch sends back to the same page of this site, never to another one. */
  @ParameterizedTest(name = "{0}")
  // (a backslash in the path never reaches us: Liberty refuses such a request itself)
  @org.junit.jupiter.params.provider.ValueSource(strings = {"//evil.example/", "///evil.example/x.xhtml"})
  void theLanguageSwitchNeverLeadsAway(String path) throws Exception {
    java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(It.url(path) + "?lang=en")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String location = r.headers().firstValue("Location").orElse("");
    java.net.URI target = java.net.URI.create(It.url("/")).resolve(location.isEmpty() ? "/" : location);
    assertEquals(java.net.URI.create(It.url("/")).getAuthority(), target.getAuthority(), "status " + r.statusCode()
        + ", Location: " + location);
  }
}
