package com.genuka.privacy.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.audit.control.AuditChainCommand;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-Q5: the audit log proves it was not altered, on the admin page and from the command line. */
class AuditChainIT {

  @Test
  void anAlteredRowIsNamedByThePageAndByTheCommand() throws Exception {
    PortalClient admin = Requests.admin("en");
    Page audit = admin.get("/admin/audit.xhtml");
    Page sound = admin.submit(audit, "audit", Map.of(), "verify");
    assertTrue(sound.doc().getElementById("audit-result").text().startsWith("Chain intact"), sound.mainText());
    try (Connection c = Db.connect()) {
      assertTrue(AuditChainCommand.verify(c).contains("audit_chain: sound"));
    }

    long victim = ((Number) Db.value("SELECT MIN(id) + 2 FROM audit_event")).longValue();
    String original = (String) Db.value("SELECT summary FROM audit_event WHERE id = ?", victim);
    Db.update("UPDATE audit_event SET summary = 'nothing happened here' WHERE id = ?", victim);
    try {
      Page altered = admin.submit(admin.get("/admin/audit.xhtml"), "audit", Map.of(), "verify");
      assertEquals(Long.toString(victim), altered.doc().getElementById("audit-first-bad").text());
      assertTrue(altered.doc().getElementById("audit-result").text().contains("row " + victim + " was altered"));
      try (Connection c = Db.connect()) {
        List<String> report = AuditChainCommand.verify(c);
        assertTrue(report.contains("audit_chain: altered"), report.toString());
        assertTrue(report.contains("audit_first_altered_row: " + victim), report.toString());
      }
    } finally {
      Db.update("UPDATE audit_event SET summary = ? WHERE id = ?", original, victim);
    }
    try (Connection c = Db.connect()) {
      assertTrue(AuditChainCommand.verify(c).contains("audit_chain: sound"), "restored");
    }
  }

  @Test
  void theApplicationNeverUpdatesOrDeletesAnAuditRow() {
    long before = Db.count("SELECT COUNT(*) FROM audit_event");
    PortalClient admin = Requests.admin("fr");
    admin.get("/admin/requests.xhtml");
    long after = Db.count("SELECT COUNT(*) FROM audit_event");
    assertTrue(after > before, "the login was appended");
    assertEquals(after, ((Number) Db.value("SELECT last_id FROM audit_head")).longValue(), "the head follows the last row");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_event a JOIN audit_event b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash"));
  }
}
