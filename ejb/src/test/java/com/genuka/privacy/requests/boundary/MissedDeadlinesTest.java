package com.genuka.privacy.requests.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 10, item 6: an extension only within the first month, and a missed deadline stays missed (GDPR art. 12(3)). */
class MissedDeadlinesTest {

  private static final LocalDate DUE = LocalDate.parse("2026-03-04");

  private static PrivacyRequest request() {
    return new PrivacyRequest("R-1", RequestType.ACCESS, RequestStatus.IN_PROGRESS, Channel.EMAIL, SubjectKind.VISITOR,
        "ref", "fr", Instant.parse("2026-02-04T09:00:00Z"), DUE, Instant.parse("2026-02-04T09:00:00Z"));
  }

  @Test
  void anExtensionIsAllowedUpToTheOriginalDueDateAndNotAfter() {
    PrivacyRequest r = request();
    assertTrue(RequestWorkflow.extensionStillAllowed(r, DUE.minusDays(10)));
    assertTrue(RequestWorkflow.extensionStillAllowed(r, DUE), "the due day itself is within the month");
    assertFalse(RequestWorkflow.extensionStillAllowed(r, DUE.plusDays(1)));
    r.setDueDate(DUE.plusMonths(2));
    assertFalse(RequestWorkflow.extensionStillAllowed(r, DUE.plusDays(1)), "judged by the original due date");
  }

  @Test
  void aDeadlineMissedOnceStaysMissedWhateverTheDueDateOrStatusBecomes() {
    PrivacyRequest r = request();
    r.noteIfOverdue(DUE);
    assertFalse(r.isLate(DUE), "not late on its due day");
    r.noteIfOverdue(DUE.plusDays(1));
    assertTrue(r.isLate(DUE.plusDays(1)));
    r.setDueDate(DUE.plusMonths(2));
    assertTrue(r.isLate(DUE.plusDays(2)), "a later due date does not hide it");
    r.setStatus(RequestStatus.COMPLETED);
    assertTrue(r.isLate(DUE.plusDays(3)), "nor does closing it");
    assertFalse(r.isOverdue(DUE.plusDays(3)), "closed: no longer overdue, but late");
  }
}
