package com.genuka.privacy.requests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.genuka.privacy.export.control.H2;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The requests' own SQL runs on the embedded database of the default run too. */
class RequestsOnH2Test {

  @Test
  void theCompanyFateCountsRunOnTheEmbeddedDatabase() throws Exception {
    try (Connection c = H2.fresh()) {
      long[] owner = H2.person(c, "ama@example.org", "Ama Owusu", null, 0);
      long tenant = owner[0];
      long member = H2.insert(c, "INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, locale,"
          + " tenant_admin, status, unsubscribe_token, created_at) VALUES (?,?,?,'x',?,'fr',FALSE,'ACTIVE',?,?)",
          UUID.randomUUID().toString(), tenant, "kofi@example.org", "Kofi", UUID.randomUUID().toString(), Instant.now());
      H2.update(c, "INSERT INTO tenant_customer (tenant_id, full_name, created_at) VALUES (?,?,?)", tenant, "Client", Instant.now());
      H2.update(c, "INSERT INTO tenant_employee (tenant_id, full_name, created_at) VALUES (?,?,?)", tenant, "Vendeur", Instant.now());

      assertEquals(1, H2.count(c, CustomerRequests.OTHER_MEMBERS, tenant, owner[1]));
      assertEquals(0, H2.count(c, CustomerRequests.OTHER_ADMINS, tenant, owner[1]), "the member is no administrator");
      assertEquals(1, H2.count(c, CustomerRequests.OTHER_ADMINS, tenant, member), "seen from the member, the owner is one");
      assertEquals(2, H2.count(c, CustomerRequests.COMPANY_RECORDS, tenant, tenant, tenant));
      assertEquals(1, H2.count(c, CustomerRequests.COMPANY_INVOICES, tenant));
    }
  }

  @Test
  void theQueueFindsTheOpenRequestsOnceRecordedLate() throws Exception {
    try (Connection c = H2.fresh()) {
      long late = request(c, "OPEN-LATE", "IN_PROGRESS", true);
      request(c, "OPEN-ON-TIME", "VERIFIED", false);
      request(c, "CLOSED-LATE", "COMPLETED", true);
      assertEquals(java.util.List.of(late), ids(c, RequestWorkflow.ONCE_LATE_IDS));
    }
  }

  private static long request(Connection c, String reference, String status, boolean late) throws Exception {
    return H2.insert(c, "INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref, subject_email,"
        + " received_at, due_date, original_due_date, locale, was_overdue, created_at, version)"
        + " VALUES (?, 'ACCESS', ?, 'EMAIL', 'CUSTOMER', ?, 'a@example.org', ?, ?, ?, 'fr', ?, ?, 0)", reference, status, java.util.UUID.randomUUID().toString(),
        Instant.parse("2026-01-05T10:00:00Z"), java.time.LocalDate.of(2026, 2, 5), java.time.LocalDate.of(2026, 2, 5),
        late, Instant.parse("2026-01-05T10:00:00Z"));
  }

  private static java.util.List<Long> ids(Connection c, String sql) throws Exception {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    try (var p = c.prepareStatement(sql); var rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
