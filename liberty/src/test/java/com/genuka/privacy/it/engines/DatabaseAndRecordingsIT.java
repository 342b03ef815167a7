package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.Engines.Binary;
import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A company's whole database deleted on its administrator's request (R-R4), and a person's session
 * recordings on theirs (R-R5): the same jobs, tombstones, notices and receipts as a person's erasure.
 */
class DatabaseAndRecordingsIT {

  @RegisterExtension static final MailTrap mail = new MailTrap();

  @Test
  void aCompanysDatabaseIsDeletedWithTombstonesNoticesAndAReceipt() {
    long company = People.tenant("Atelier Supprimé", "ENTERPRISE", true);
    long neighbour = People.tenant("Voisin Intact", "PRO", false);
    Person admin = People.customer(company, true, "en");
    Person member = People.customer(company, false, "fr");
    content(company, 30);
    content(neighbour, 30);
    long request = People.request(admin, "TENANT_DELETION");
    String reference = People.reference(request);

    Engines.start(Requests.admin("en"), request);
    Engines.await("the job", () -> Engines.jobStatus(request), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(request));

    for (String table : new String[] {"tenant_customer", "tenant_employee", "tenant_media"}) {
      assertEquals(0, Db.count("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", company), table);
      assertTrue(Db.count("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", neighbour) > 0, "the neighbour keeps " + table);
    }
    assertEquals("DELETED", Db.value("SELECT status FROM tenant WHERE id = ?", company));
    assertNotNull(Db.value("SELECT deleted_at FROM tenant WHERE id = ?", company));
    assertEquals(2, Db.count("SELECT COUNT(*) FROM user_account WHERE id IN (?, ?)", admin.userId(), member.userId()),
        "the accounts are not the company's database");
    Map<String, Object> counts = Map.of("request " + reference + ": table:tenant_customer erased", 30L,
        "request " + reference + ": table:tenant_employee erased", 3L, "request " + reference + ": table:tenant_media erased", 2L);
    for (Map<String, Object> t : Db.rows("SELECT reference, row_count, category FROM tombstone WHERE request_id = ?", request)) {
      assertEquals("C4", t.get("category"));
      assertEquals(counts.get(t.get("reference")), ((Number) t.get("row_count")).longValue(), (String) t.get("reference"));
    }
    List<String> notified = Db.rows("SELECT sub_processor_name FROM erasure_notice WHERE job_id = ?", Engines.jobId(request))
        .stream().map(r -> (String) r.get("sub_processor_name")).sorted().toList();
    assertEquals(List.of("Amazon Web Services, Inc.", "Cloudflare", "OVHCloud SAS"), notified);

    MailTrap.Mail receipt = mail.await(m -> m.to().contains(admin.email()) && m.subject().startsWith("Receipt for your request " + reference));
    assertTrue(receipt.text().contains("Database deletion receipt"), receipt.text());
    assertTrue(receipt.text().contains("Table tenant_customer: 30"), receipt.text());
    Binary html = Engines.post(Engines.link(receipt), "en");
    assertEquals(200, html.status());
    assertEquals("Database deletion receipt", Jsoup.parse(html.text()).selectFirst("h1").text());
    assertTrue(Jsoup.parse(html.text()).text().contains("Amazon Web Services"));
  }

  @Test
  void onlyTheCompanysAdministratorCanHaveItsDatabaseDeleted() {
    long company = People.tenant("Atelier Protégé", "PRO", false);
    Person member = People.customer(company, false, "fr");
    content(company, 5);
    long request = People.request(member, "TENANT_DELETION");
    Engines.start(Requests.admin("fr"), request);
    Engines.await("the refusal", () -> Db.count("SELECT COUNT(*) FROM request_event WHERE request_id = ?"
        + " AND action = 'ENGINE_FAILED'", request), 1L);
    assertEquals("IN_PROGRESS", Engines.requestStatus(request));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM erasure_job WHERE request_id = ?", request));
    assertEquals(5, Db.count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", company));
    String note = (String) Db.value("SELECT note FROM request_event WHERE request_id = ? AND action = 'ENGINE_FAILED'", request);
    assertTrue(note.contains("administrator"), note);
    PortalClient.Page page = Requests.admin("en").get("/admin/engines.xhtml");
    assertNotNull(page.doc().selectFirst("#awaiting-requests input[data-reference=" + People.reference(request) + "]"),
        "offered to the admins again");
  }

  @Test
  void aPersonsRecordingsAreDeletedOnRequestAndNothingElse() {
    Person p = People.customer(People.tenant("Studio Enregistré", "LIGHT", false), false, "fr");
    People.fill(p, 30);
    long request = People.request(p, "RECORDING_DELETION");
    Engines.start(Requests.admin("fr"), request);
    Engines.await("the job", () -> Engines.jobStatus(request), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(request));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", p.userId()));
    assertEquals(30, Db.count("SELECT COUNT(*) FROM browser_log WHERE user_id = ?", p.userId()));
    assertEquals(List.of("Cloudflare", "OVHCloud SAS", "PostHog"), Db.rows("SELECT sub_processor_name FROM erasure_notice WHERE job_id = ?"
        + " ORDER BY sub_processor_name", Engines.jobId(request)).stream().map(r -> r.get("sub_processor_name")).toList());
    MailTrap.Mail receipt = mail.await(m -> m.to().contains(p.email()) && m.subject().startsWith("Reçu"));
    assertTrue(receipt.text().contains("Reçu de suppression des enregistrements de sessions"), receipt.text());
    // the person still has an account, so the receipt is also theirs once logged in
    String key = (String) Db.value("SELECT download_key FROM export_file WHERE request_id = ? AND kind = 'RECEIPT'", request);
    PortalClient owner = PortalClient.french();
    owner.login(p.email(), People.PASSWORD);
    assertEquals(200, Engines.get(owner, "/customer/download/" + key, "fr").status());
  }

  private static void content(long tenant, int customers) {
    for (int i = 0; i < customers; i++) {
      Db.update("INSERT INTO tenant_customer (tenant_id, full_name, email, city, country, created_at) VALUES (?,?,?,?,?,?)",
          tenant, "Client " + i, "c" + i + "-" + tenant + "@tenant.example", "Lyon", "FR", Instant.now());
    }
    for (int i = 0; i < 3; i++) {
      Db.update("INSERT INTO tenant_employee (tenant_id, full_name, job_title, created_at) VALUES (?,?,?,?)",
          tenant, "Employé " + i, "Vendeur", Instant.now());
    }
    for (int i = 0; i < 2; i++) {
      Db.update("INSERT INTO tenant_media (tenant_id, kind, file_name, content_type, size_bytes, storage_key, uploaded_at)"
          + " VALUES (?, 'PHOTO', ?, 'image/jpeg', 1000, ?, ?)", tenant, "p" + i + ".jpg",
          "s3://genuka-media/tenant-" + tenant + "/p" + i + ".jpg", Instant.now());
    }
  }
}
