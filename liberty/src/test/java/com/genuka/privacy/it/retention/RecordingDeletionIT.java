package com.genuka.privacy.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-T6 « sooner on request »: a request to delete session recordings, once an admin starts it,
 * deletes all the subject's recordings at once, leaves a tombstone naming the request, completes
 * the request and tells the subject until when copies stay in the backups.
 */
class RecordingDeletionIT {

  private static final MailTrap MAIL = new MailTrap();

  @BeforeAll
  static void startMail() {
    MAIL.start();
  }

  @AfterAll
  static void stopMail() {
    MAIL.stop();
  }

  @AfterEach
  void cleanUp() {
    Retention.cleanUp();
  }

  @Test
  void startingTheRequestDeletesTheRecordingsAndCompletesIt() {
    long tenant = Retention.tenant("PRO", false, Instant.now());
    String email = Retention.email();
    long user = Retention.account(tenant, false, email, "en");
    long other = Retention.account(tenant, false, Retention.email(), "en");
    for (long who : new long[] {user, user, other}) {
      Db.insert("INSERT INTO session_recording (tenant_id, user_id, recorded_at, duration_seconds, page_count,"
          + " masked_fields, storage_key) VALUES (?, ?, ?, 60, 3, 'password', 'posthog/it/req')", tenant, who,
          Instant.now().minus(2, ChronoUnit.DAYS));
    }
    PortalClient admin = Requests.admin("en");
    Requests.log(admin, "RECORDING_DELETION", "EMAIL", LocalDate.now().toString(), email, "Recorded Person", "en",
        "Please delete the recordings of my sessions.");
    long id = Requests.idByEmail(email);
    assertEquals(200, Requests.act(admin, id, "verify", Map.of()).status());
    assertEquals(200, Requests.act(admin, id, "start", Map.of()).status());

    assertEquals("COMPLETED", Requests.status(id));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", user));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM session_recording WHERE user_id = ?", other), "nobody else's");
    assertEquals(2, Db.count("SELECT row_count FROM tombstone WHERE request_id = ? AND cause = 'REQUEST' AND category = 'C5'"
        + " AND subject_ref = ?", id, Retention.subjectRef(user)));
    MailTrap.Mail told = MAIL.await(m -> m.to().contains(email) && m.subject().contains("has been handled"));
    assertTrue(told.text().contains("2 session recordings were deleted. Copies remain in our secure backups until"), told.text());
    Db.update("DELETE FROM privacy_request WHERE id = ?", id);
  }

  @Test
  void aRequestFromSomeoneWithoutAnAccountStaysOpenWithTheReason() {
    String email = Retention.email();
    PortalClient admin = Requests.admin("fr");
    Requests.log(admin, "RECORDING_DELETION", "EMAIL", LocalDate.now().toString(), email, "Visiteur", "fr",
        "Supprimez mes enregistrements.");
    long id = Requests.idByEmail(email);
    Requests.act(admin, id, "verify", Map.of());
    Requests.act(admin, id, "start", Map.of());
    assertEquals("IN_PROGRESS", Requests.status(id));
    assertTrue(Db.value("SELECT note FROM request_event WHERE request_id = ? AND action = 'ENGINE_FAILED'", id).toString()
        .contains("no portal account"));
    Db.update("DELETE FROM privacy_request WHERE id = ?", id);
  }
}
