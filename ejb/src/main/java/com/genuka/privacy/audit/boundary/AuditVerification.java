package com.genuka.privacy.audit.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.audit.control.AuditHashing;
import com.genuka.privacy.audit.entity.AuditEvent;
import com.genuka.privacy.audit.entity.AuditHead;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Proves the audit log unaltered (R-Q5): walks the chain in order, page by page, recomputing each
 * row's hash from its fields and its predecessor's, and names the first row that does not fit.
 * Also checks that the chain ends where its head says, so that removing the last rows shows.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditVerification {

  private static final int PAGE = 1000;

  @PersistenceContext EntityManager em;

  /** The outcome: sound, or the first altered row and what is wrong with it. */
  public record Result(boolean sound, long rowsChecked, Long firstBadRow, String problem) {}

  public Result verify() {
    long expectedId = 1;
    String prev = AuditHashing.GENESIS;
    long checked = 0;
    while (true) {
      List<AuditEvent> page = em.createNamedQuery("AuditEvent.findFrom", AuditEvent.class)
          .setParameter("afterId", expectedId - 1)
          .setMaxResults(PAGE)
          .getResultList();
      if (page.isEmpty()) {
        break;
      }
      for (AuditEvent row : page) {
        String problem = AuditHashing.problem(row, expectedId, prev);
        if (problem != null) {
          return new Result(false, checked, Math.min(row.getId(), expectedId), problem);
        }
        prev = row.getHash();
        expectedId++;
        checked++;
      }
      em.clear();
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    if (head.getLastId() != checked || !head.getLastHash().equals(prev)) {
      return new Result(false, checked, checked + 1, "rows after " + checked + " are missing (the chain's head is at "
          + head.getLastId() + ")");
    }
    return new Result(true, checked, null, null);
  }
}
