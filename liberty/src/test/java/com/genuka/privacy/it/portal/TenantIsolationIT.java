package com.genuka.privacy.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.portal.Fixtures.Customer;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-C3: a customer who changes an id in an address or a form gets the 404 page in their language
 * and changes nothing, whether the id is another tenant's or does not exist; and no page shows
 * another tenant's rows.
 */
class TenantIsolationIT {

  static Customer mallory;
  static Customer victim;
  static long victimRecording;
  static long victimRequest;
  static long victimFile;
  static long victimVisit;

  @BeforeAll
  static void twoCompanies() throws Exception {
    mallory = Fixtures.newCustomer("fr");
    victim = Fixtures.newCustomer("en");
    Fixtures.recording(mallory, Instant.now().minusSeconds(3600));
    victimRecording = Fixtures.recording(victim, Instant.now().minusSeconds(7200));
    victimVisit = Fixtures.visit(victim, Instant.now().minusSeconds(600), "10.66.66.66");
    Fixtures.visit(mallory, Instant.now().minusSeconds(600), "10.77.77.77");
    victimRequest = Fixtures.request(victim, "ACCESS", "VERIFIED");
    victimFile = Fixtures.exportFile(victimRequest, "READY", "PK-victim", Instant.now().plusSeconds(86_400));
    Db.update("INSERT INTO tenant_customer (tenant_id, full_name, created_at) VALUES (?, ?, ?)", victim.tenantId(),
        "Client Secret Victime", Instant.now());
    Fixtures.invoice(victim, It.today(), It.today().plusYears(10));
  }

  private long incidentsBefore;

  @BeforeEach
  void countIncidents() {
    incidentsBefore = It.incidents();
  }

  /** A forged id is the visitor's doing, not a failure of ours: it leaves no incident in the log. */
  @AfterEach
  void noIncident() {
    assertEquals(incidentsBefore, It.incidents(), "a refused id logged an incident");
  }

  private static void assertNotFoundInFrench(Page page) {
    assertEquals(404, page.status(), page.uri().toString());
    assertEquals("Page introuvable", page.h1());
    assertFalse(page.body().contains("Exception"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"request", "bogus-request", "export", "bogus-export"})
  void addressesNamingAnotherTenantsRequestOrFileAreNotFound(String what) {
    PortalClient client = mallory.login();
    Page page = switch (what) {
      case "request" -> client.get("/customer/request.xhtml?id=" + victimRequest);
      case "bogus-request" -> client.get("/customer/request.xhtml?id=abc");
      case "export" -> client.get("/customer/download/" + Fixtures.downloadKey(victimFile));
      default -> client.get("/customer/download/not-a-key");
    };
    if (what.endsWith("export")) {
      // a file that is not the caller's is as unknown as one that does not exist
      assertEquals(404, page.status());
      assertEquals("Lien inconnu", page.h1());
    } else {
      assertNotFoundInFrench(page);
    }
    assertFalse(page.body().contains("PK-victim"));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_DOWNLOADED' AND subject_ref = ?",
        mallory.subjectRef()));
  }

  @Test
  void aRecordingFormCarryingAnotherTenantsIdDeletesNothing() {
    PortalClient client = mallory.login();
    Page page = client.get("/customer/recordings.xhtml");
    String formId = page.doc().selectFirst("form[id$=:del]").id();
    Page answer = client.submit(page, formId, Map.of("id", String.valueOf(victimRecording)), "go");
    assertNotFoundInFrench(answer);
    assertEquals(1, Db.count("SELECT COUNT(*) FROM session_recording WHERE id = ?", victimRecording));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", mallory.userId()),
        "and not one's own either");
  }

  @Test
  void aCancelFormCarryingAnotherTenantsRequestChangesNothing() {
    long own = Fixtures.request(mallory, "ACCESS", "VERIFIED");
    PortalClient client = mallory.login();
    Page page = client.get("/customer/request.xhtml?id=" + own);
    Page answer = client.submit(page, "cancel", Map.of("id", String.valueOf(victimRequest)), "go");
    assertNotFoundInFrench(answer);
    assertEquals("VERIFIED", Db.value("SELECT status FROM privacy_request WHERE id = ?", victimRequest));
    assertEquals("VERIFIED", Db.value("SELECT status FROM privacy_request WHERE id = ?", own));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/customer/data.xhtml", "/customer/category.xhtml?c=C1", "/customer/category.xhtml?c=C3",
      "/customer/category.xhtml?c=C4", "/customer/category.xhtml?c=C7", "/customer/category.xhtml?c=C8",
      "/customer/recordings.xhtml", "/customer/consents.xhtml", "/customer/requests.xhtml", "/customer/contact.xhtml"})
  void noPageShowsAnotherTenantsData(String path) {
    Page page = mallory.login().get(path);
    assertEquals(200, page.status(), page.mainText());
    String body = page.body();
    for (String secret : new String[] {victim.email(), victim.company(), "10.66.66.66", "Client Secret Victime"}) {
      assertFalse(body.contains(secret), path + " shows " + secret);
    }
  }

  @Test
  void aCustomerCannotSendTheNewsletter() {
    Page page = mallory.login().get("/admin/newsletter.xhtml");
    assertEquals(403, page.status());
    assertEquals("Accès refusé", page.h1());
  }

  @Test
  void anUnknownCategoryIsNotFound() {
    assertNotFoundInFrench(mallory.login().get("/customer/category.xhtml?c=C2"));
  }

  @Test
  void anotherTenantsPagesOfARequestListStayClosedEvenToItsCompanyMember() {
    Customer colleague = Fixtures.customerOf(victim.tenantId(), victim.company(), "fr", false);
    assertNotFoundInFrench(colleague.login().get("/customer/request.xhtml?id=" + victimRequest));
  }

  @Test
  void aColleaguesDeletionsAreNotListedOnlyTheCompanysOwn() {
    Customer colleague = Fixtures.customerOf(mallory.tenantId(), mallory.company(), "fr", false);
    Fixtures.tombstone(colleague, "C5", "RECORDING", 7, Instant.now().minusSeconds(3600), It.today().plusMonths(12));
    Db.update("INSERT INTO tombstone (category, rule_code, reference, row_count, cause, tenant_id, deleted_at, leaves_backups_on)"
        + " VALUES ('C4', 'ENTERPRISE_DB', 'tenant batch', 40, 'REQUEST', ?, ?, ?)", mallory.tenantId(), Instant.now(),
        It.today().plusMonths(12));
    Page page = mallory.login().get("/customer/data.xhtml");
    assertEquals(java.util.List.of("40"), page.doc().select("#all-in-backups tbody td:nth-child(3)").eachText(),
        "the company's deletion, not the colleague's recordings");
  }

  @Test
  void theVictimStillSeesAllOfIt() {
    PortalClient client = victim.login();
    assertTrue(client.get("/customer/recordings.xhtml").doc().select("#recordings tbody tr").size() == 1);
    Page download = client.get("/customer/download/" + Fixtures.downloadKey(victimFile));
    assertEquals(200, download.status());
    assertEquals("PK-victim", download.body());
  }
}
