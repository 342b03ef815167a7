package com.genuka.privacy.it.retention;

import static com.genuka.privacy.it.retention.Retention.noon;
import static com.genuka.privacy.it.retention.Retention.runOn;
import static com.genuka.privacy.it.retention.Retention.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.MailTrap.Mail;
import com.genuka.privacy.it.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-T5: an ENTERPRISE company's own database is deleted four months after it was last used. Its
 * administrators are warned by e-mail, in their language, 30 and 7 days before; the day before,
 * nothing happens; on the day the database is closed and its content purged, with a tombstone.
 */
class EnterpriseDatabaseIT {

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
  void resetClock() {
    TestClock.reset();
    Retention.cleanUp();
  }

  @Test
  void warnedThirtyAndSevenDaysAheadThenDeletedOnTheDayAndNotBefore() {
    LocalDate d = LocalDate.of(2019, 5, 15);
    long company = Retention.tenant("ENTERPRISE", true, noon(d.minusMonths(4)));
    String english = Retention.email();
    String french = Retention.email();
    Retention.account(company, true, english, "en");
    Retention.account(company, true, french, "fr");
    long member = Retention.account(company, false, Retention.email(), "en");
    for (int i = 0; i < 3; i++) {
      Db.insert("INSERT INTO tenant_customer (tenant_id, full_name, email, created_at) VALUES (?, 'Client', 'c@x.org', ?)",
          company, noon(d.minusYears(1)));
    }
    Db.insert("INSERT INTO tenant_employee (tenant_id, full_name, created_at) VALUES (?, 'Staff', ?)", company, noon(d.minusYears(1)));
    Db.insert("INSERT INTO tenant_media (tenant_id, kind, file_name, content_type, size_bytes, storage_key, uploaded_at)"
        + " VALUES (?, 'LOGO', 'logo.png', 'image/png', 10, 's3/it/logo', ?)", company, noon(d.minusYears(1)));
    long usedLater = Retention.tenant("ENTERPRISE", true, noon(d.minusMonths(4).plusDays(1)));

    runOn(d.minusDays(31), "ENTERPRISE_DB");
    assertNull(Db.value("SELECT warned_30_at FROM tenant WHERE id = ?", company), "31 days ahead: too early to warn");

    long warn30 = runOn(d.minusDays(30), "ENTERPRISE_DB");
    assertEquals("warnings=1", Db.value("SELECT notes FROM sweep_run WHERE id = ?", warn30));
    Mail en = MAIL.await(m -> m.to().contains(english) && m.subject().contains("will be deleted"));
    assertTrue(en.subject().contains("will be deleted on 15 May 2019"), en.subject());
    assertTrue(en.text().contains("in 30 days") && en.text().contains("4 months after it was last used"), en.text());
    Mail fr = MAIL.await(m -> m.to().contains(french));
    assertTrue(fr.subject().contains("sera supprimée le 15 mai 2019"), fr.subject());
    assertTrue(fr.text().contains("dans 30 jours"), fr.text());

    runOn(d.minusDays(7), "ENTERPRISE_DB");
    Mail late = MAIL.await(m -> m.to().contains(english) && m.text().contains("in 7 days"));
    assertNotNull(late);
    assertNotNull(Db.value("SELECT warned_7_at FROM tenant WHERE id = ?", company));

    long dayBefore = runOn(d.minusDays(1), "ENTERPRISE_DB");
    assertEquals("SUCCEEDED", status(dayBefore));
    assertEquals("ACTIVE", Db.value("SELECT status FROM tenant WHERE id = ?", company));
    assertEquals(3, Db.count("SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?", company));
    assertEquals(4, MAIL.settle(m -> m.to().contains(english) || m.to().contains(french), Duration.ofSeconds(3)).size(),
        "no further warning: two per administrator");
    assertEquals(0, MAIL.all().stream().filter(m -> m.to().contains(Db.value("SELECT email FROM user_account WHERE id = ?",
        member).toString())).count(), "only the company's administrators are written to");

    long day = runOn(d, "ENTERPRISE_DB");
    assertEquals("SUCCEEDED", status(day));
    assertEquals("DELETED", Db.value("SELECT status FROM tenant WHERE id = ?", company));
    assertEquals(0, Db.count("SELECT (SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = ?)"
        + " + (SELECT COUNT(*) FROM tenant_employee WHERE tenant_id = ?) + (SELECT COUNT(*) FROM tenant_media WHERE tenant_id = ?)",
        company, company, company));
    assertEquals(5, Db.count("SELECT row_count FROM tombstone WHERE run_id = ? AND tenant_id = ?", day, company));
    assertEquals(5, Retention.rowsDeleted(day));
    assertEquals("ACTIVE", Db.value("SELECT status FROM tenant WHERE id = ?", usedLater), "last used a day later: tomorrow");
  }
}
