package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.engines.People.Person;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An erasure job survives the server dying half-way (SIGKILL, no shutdown of any kind): the next
 * start resumes it at the first step not done, finishes it, and each step's work and record
 * happened exactly once.
 */
class ErasureRestartIT {

  private static final MailTrap mail = new MailTrap();

  @BeforeAll
  static void start() {
    mail.start();
  }

  @AfterAll
  static void stop() {
    Engines.clearHooks();
    mail.stop();
  }

  @Test
  void aJobKilledHalfWayCompletesWhenTheServerStartsAgain() {
    Person p = People.customer(People.tenant("Boulangerie Panne", "PRO", false), false, "fr");
    People.fill(p, 20_000);
    long erasure = People.request(p, "ERASURE");
    Engines.hooks("pauseAfter=BROWSER_LOG");
    Engines.start(Requests.admin("fr"), erasure);
    Engines.await("the job", () -> Db.count("SELECT COUNT(*) FROM erasure_job WHERE request_id = ?", erasure), 1L);
    long job = Engines.jobId(erasure);
    Engines.await("the browser log step", () -> Db.value("SELECT status FROM erasure_step WHERE job_id = ?"
        + " AND code = 'BROWSER_LOG'", job), "DONE");

    // half-way: the browser log is gone, the account is not, nothing says "completed"
    assertEquals(0, Db.count("SELECT COUNT(*) FROM browser_log WHERE user_id = ?", p.userId()));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM user_account WHERE id = ?", p.userId()));
    assertEquals("RUNNING", Engines.jobStatus(erasure));
    assertEquals("IN_PROGRESS", Engines.requestStatus(erasure));

    TestServer.kill();
    TestServer.start();

    Engines.await("the resumed job", () -> Engines.jobStatus(erasure), "SUCCEEDED");
    assertEquals("COMPLETED", Engines.requestStatus(erasure));
    assertEquals(0, Db.count("SELECT COUNT(*) FROM user_account WHERE id = ?", p.userId()));
    assertEquals(2L, ((Number) Db.value("SELECT attempts FROM erasure_job WHERE id = ?", job)).longValue(),
        "claimed again by the new server");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM erasure_step WHERE job_id = ? AND status <> 'DONE'", job));
    assertEquals(20_000, Db.count("SELECT SUM(rows_affected) FROM erasure_step WHERE job_id = ? AND code = 'BROWSER_LOG'", job));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM tombstone WHERE request_id = ? AND reference LIKE '%browser_log erased'", erasure),
        "one tombstone for the step, not one per run");
    mail.await(m -> m.to().contains(p.email()) && m.subject().startsWith("Reçu"));
    PortalClient admin = Requests.admin("fr");
    assertTrue(Engines.await("a clean scan", () -> Engines.scan(admin, p).getBoolean("clean"), true));
  }
}
