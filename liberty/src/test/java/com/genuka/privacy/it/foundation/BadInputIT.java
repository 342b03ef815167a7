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
    assertEquals(400, result.status(), "an expired form is not a success");
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

  /**
   * Every error page answers with its own status, also when a failure in a page sends the browser to
   * it (a monitor, a crawler or a client must not read "200 OK" over "Something went wrong").
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {"fr | /error/500.xhtml | 500 | Une erreur est survenue",
      "en | /error/500.xhtml?incident=0123abcd | 500 | Something went wrong", "en | /error/403.xhtml | 403 | Access denied",
      "fr | /error/404.xhtml | 404 | Page introuvable", "en | /error/400.xhtml | 400 | Bad request",
      "fr | /error/expired.xhtml | 400 | Page expirée"})
  void everyErrorPageAnswersWithItsRealStatus(String language, String path, int status, String heading) {
    Page page = PortalClient.speaking(language).get(path);
    assertEquals(status, page.status(), path);
    assertEquals(heading, page.h1());
    assertClean(page);
  }

  /**
   * What reaches the application in an address (a link's token, a page's parameter, the path after
   * the context) is held to the same rule as a form: a NUL, a control character, a bidirectional
   * override or bytes that are not UTF-8 get the portal's 400 page, in the reader's language.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {"fr | /request/verify.xhtml?token=%00 | Requête invalide | caractère de contrôle ou invisible",
      "en | /unsubscribe?t=abc%00 | Bad request | control or invisible character",
      "en | /request/verify.xhtml?token=%C3%28 | Bad request | control or invisible character",
      "fr | /candidate/my-data.xhtml?token=a%E2%80%AEb | Requête invalide | caractère de contrôle ou invisible",
      "en | /policy.xhtml/%E2%81%A6x | Bad request | control or invisible character",
      "en | /email/confirm.xhtml?token=%1B%5B31m | Bad request | control or invisible character"})
  void anAddressWithAControlOrInvisibleCharacterGetsThePortalsPage(String language, String path, String heading,
      String reason) {
    long incidents = It.incidents();
    Page page = PortalClient.speaking(language).get(path);
    assertEquals(400, page.status(), path);
    assertEquals(heading, page.h1(), path);
    assertTrue(page.doc().getElementById("error-reason").text().contains(reason), page.mainText());
    assertClean(page);
    assertEquals(incidents, It.incidents(), "a refused address is not a failure of ours");
  }

  /** The public form refuses a name with a NUL (PostgreSQL would refuse it with an error) and files nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr | caractère de contrôle ou invisible", "en | control or invisible character"})
  void thePublicFormRefusesAControlCharacterAndFilesNothing(String language, String reason) {
    String email = "nul-" + java.util.UUID.randomUUID() + "@example.org";
    long incidents = It.incidents();
    Page page = com.genuka.privacy.it.support.Requests.filePublic(PortalClient.speaking(language), "ACCESS", email,
        "Eve\u0000 \u202Eevil", "");
    assertTrue(page.doc().select(".messages").text().contains(reason), page.mainText());
    assertEquals(0, com.genuka.privacy.it.support.Db.count("SELECT COUNT(*) FROM privacy_request WHERE subject_email = ?",
        email));
    assertEquals(incidents, It.incidents());
  }

  /** The REST API holds its forms to the same rule, and says so in JSON in the caller's language. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr | caractère de contrôle ou invisible", "en | control or invisible character"})
  void theApiRefusesAControlCharacterInJson(String language, String reason) {
    PortalClient admin = com.genuka.privacy.it.support.Requests.admin(language);
    Page refused = admin.post("/api/admin/requests/1/complete", Map.of("note", "done\u0000", "version", "0"));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.json().getString("message").contains(reason), refused.body());
    Page bidi = admin.post("/api/admin/engines/residue-scan", Map.of("email", "a\u202E@example.org", "name", "", "phone", ""));
    assertEquals(400, bidi.status(), bidi.body());
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
