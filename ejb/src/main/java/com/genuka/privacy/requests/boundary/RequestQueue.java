package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.control.DueDates;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The admins' queue of open requests, earliest due first. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RequestQueue {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  public List<RequestSummary> openRequests() {
    List<PrivacyRequest> open = em.createNamedQuery("PrivacyRequest.findOpen", PrivacyRequest.class)
        .setParameter("statuses", RequestStatus.open())
        .getResultList();
    return summaries(open);
  }

  List<RequestSummary> summaries(List<PrivacyRequest> requests) {
    Map<Long, String> admins = em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
        .setParameter("role", Role.ADMIN)
        .getResultList().stream()
        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a));
    LocalDate today = clock.today();
    Function<PrivacyRequest, RequestSummary> toSummary = r -> new RequestSummary(r.getId(),
        r.getReference(), r.getType().name(), r.getStatus().name(), r.getChannel().name(),
        r.getSubjectKind().name(), r.getSubjectName(), r.getReceivedAt(), r.getDueDate(),
        DueDates.daysLeft(r.getDueDate(), today), r.isOverdue(today), r.isExtended(),
        r.getAssignedTo() == null ? null : admins.get(r.getAssignedTo()));
    return requests.stream().map(toSummary).toList();
  }
}
