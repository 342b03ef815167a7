package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.demo.control.DemoAccounts.Account;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.platform.control.Hashing;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No customer, and no admin, reaches any candidate data: every HR page, download and API answers
 * 403 and shows nothing of the candidate; a candidate's own page and files open only with a link
 * that was really sent, and only for that candidate.
 */
class CandidateAccessIT {

  private static long candidate;
  private static long document;
  private static long other;
  private static long otherDocument;
  private static String name;
  private static String email;

  @BeforeAll
  static void candidates() {
    name = "Secret Candidate " + UUID.randomUUID().toString().substring(0, 8);
    email = HrSupport.uniqueEmail("access");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    candidate = HrSupport.insert(name, email, "Access tester", "INTERVIEWING", "fr", now, now);
    document = Db.insert("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes,"
        + " content, uploaded_at) VALUES (?,?,?,?,?,?,?)", candidate, "CV", "secret-cv.pdf", "application/pdf", 10,
        HrSupport.pdf("secret"), now);
    other = HrSupport.insert("Other Candidate", HrSupport.uniqueEmail("access-other"), "Access tester", "APPLIED", "en",
        now, now);
    otherDocument = Db.insert("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes,"
        + " content, uploaded_at) VALUES (?,?,?,?,?,?,?)", other, "CV", "other-cv.pdf", "application/pdf", 10,
        HrSupport.pdf("other"), now);
  }

  static List<Account> notHr() {
    return List.of(DemoAccounts.PRO_OWNER, DemoAccounts.PRO_STAFF, DemoAccounts.ENTERPRISE_OWNER,
        DemoAccounts.LIGHT_OWNER, DemoAccounts.ADMIN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notHr")
  void noCustomerNorAdminReachesAnyCandidatePageFileOrApi(Account account) {
    PortalClient client = PortalClient.speaking(account.locale());
    client.login(account.email(), account.password());
    for (String path : List.of("/hr/candidates.xhtml", "/hr/candidates.xhtml?q=" + email,
        "/hr/candidate.xhtml?id=" + candidate, "/hr/new-candidate.xhtml", "/hr/due.xhtml", "/hr/requests.xhtml",
        "/hr/document?candidate=" + candidate + "&id=" + document, "/api/hr/candidates")) {
      Page page = client.get(path);
      assertEquals(403, page.status(), path);
      assertFalse(page.body().contains(name) || page.body().contains(email), path + " shows the candidate");
    }
    HttpResponse<byte[]> file = client.getBytes("/candidate/document?id=" + document);
    assertEquals(404, file.statusCode(), "a customer has no candidate's grant");
    Page own = client.get("/candidate/my-data.xhtml");
    assertFalse(own.body().contains(name), "the candidate page shows nothing without a link");
  }

  @Test
  void aPostToAnHrPageIsRefusedToACustomer() {
    PortalClient customer = PortalClient.french();
    customer.login(DemoAccounts.PRO_OWNER.email(), DemoAccounts.PRO_OWNER.password());
    Page refused = customer.post("/hr/candidate.xhtml?id=" + candidate, java.util.Map.of("id", Long.toString(candidate),
        "state", "state", "state:to-REJECTED", "x"));
    assertEquals(403, refused.status());
    assertEquals("INTERVIEWING", HrSupport.state(candidate));
  }

  @Test
  void aGuessedOrReusedLinkOpensNothing() {
    PortalClient visitor = PortalClient.english();
    Page guessed = visitor.get("/candidate/my-data.xhtml?token=" + Hashing.newToken());
    assertEquals("UNKNOWN", guessed.doc().getElementById("candidate-no-access").attr("data-result"));
    assertFalse(guessed.body().contains(name));

    String token = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, candidate_id, created_at, expires_at) VALUES (?,?,?,?,?)",
        Hashing.sha256Hex(token), "CANDIDATE_ACCESS", candidate, Instant.now(), Instant.now().plus(1, ChronoUnit.DAYS));
    Page scanned = PortalClient.french().get("/candidate/my-data.xhtml?token=" + token);
    assertEquals("READY", scanned.doc().getElementById("candidate-link-ready").attr("data-result"));
    assertFalse(scanned.body().contains(name), "the link's page shows nothing of the candidate before the button");
    PortalClient owner = PortalClient.french();
    Page opened = owner.openLink("/candidate/my-data.xhtml?token=" + token);
    assertEquals("/candidate/my-data.xhtml", opened.path());
    assertTrue(opened.mainText().contains(name), opened.mainText());
    assertFalse(opened.uri().toString().contains(token), "the secret leaves the address bar");

    Page reused = PortalClient.french().openLink("/candidate/my-data.xhtml?token=" + token);
    assertEquals("ALREADY_USED", reused.doc().getElementById("candidate-no-access").attr("data-result"));
    assertFalse(reused.body().contains(name));

    assertEquals(200, owner.getBytes("/candidate/document?id=" + document).statusCode(), "their own file");
    assertEquals(404, owner.getBytes("/candidate/document?id=" + otherDocument).statusCode(), "someone else's file");
    assertEquals(404, visitor.getBytes("/candidate/document?id=" + document).statusCode(), "no grant, no file");
  }

  @Test
  void anExpiredLinkOpensNothing() {
    String token = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, candidate_id, created_at, expires_at) VALUES (?,?,?,?,?)",
        Hashing.sha256Hex(token), "CANDIDATE_ACCESS", candidate, Instant.now().minus(8, ChronoUnit.DAYS),
        Instant.now().minus(1, ChronoUnit.DAYS));
    Page expired = PortalClient.french().get("/candidate/my-data.xhtml?token=" + token);
    assertEquals("EXPIRED", expired.doc().getElementById("candidate-no-access").attr("data-result"));
    assertFalse(expired.body().contains(name));
  }

  @Test
  void aLinkForAnotherPurposeOpensNothing() {
    String token = Hashing.newToken();
    Db.update("INSERT INTO access_token (token_hash, purpose, candidate_id, created_at, expires_at) VALUES (?,?,?,?,?)",
        Hashing.sha256Hex(token), "EXPORT_DOWNLOAD", candidate, Instant.now(), Instant.now().plus(1, ChronoUnit.DAYS));
    Page page = PortalClient.french().get("/candidate/my-data.xhtml?token=" + token);
    assertEquals("UNKNOWN", page.doc().getElementById("candidate-no-access").attr("data-result"));
  }

  /**
   * The form that sends a new link is limited per address per hour: past the limit it must say so,
   * not pretend a link went out.
   */
  @Test
  void aLinkAskedForTooOftenIsRefusedOpenlyNotPretendedSent() {
    String address = HrSupport.uniqueEmail("access-throttle");
    long id = HrSupport.insert("Throttled Candidate", address, "Access tester", "APPLIED", "en", Instant.now(),
        Instant.now());
    String links = "SELECT COUNT(*) FROM access_token WHERE candidate_id = ? AND purpose = 'CANDIDATE_ACCESS'";
    PortalClient visitor = PortalClient.english();
    for (int i = 1; i <= 3; i++) {
      Page sent = visitor.submit(visitor.get("/candidate/link.xhtml"), "candidateLink", java.util.Map.of("email", address),
          "send");
      assertTrue(sent.doc().getElementById("link-sent") != null, "request " + i + " is within the limit");
    }
    assertEquals(3L, Db.count(links, id));
    Page fourth = visitor.submit(visitor.get("/candidate/link.xhtml"), "candidateLink", java.util.Map.of("email", address),
        "send");
    assertEquals(3L, Db.count(links, id), "no fourth link");
    assertEquals(null, fourth.doc().getElementById("link-sent"), "the page does not say a link was sent");
    String said = fourth.doc().getElementById("messages") == null ? "" : fourth.doc().getElementById("messages").text();
    assertTrue(said.contains("no link was sent"), said + " | " + fourth.mainText());
    PortalClient frenchVisitor = PortalClient.french();
    Page french = frenchVisitor.submit(frenchVisitor.get("/candidate/link.xhtml"), "candidateLink",
        java.util.Map.of("email", address), "send");
    assertEquals(null, french.doc().getElementById("link-sent"));
    assertTrue(french.mainText().contains("aucun lien n'a été envoyé"), french.mainText());
  }
}
