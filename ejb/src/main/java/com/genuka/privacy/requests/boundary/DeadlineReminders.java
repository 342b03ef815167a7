package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.control.DueDates;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reminds admins of deadlines (R-Q4): 7 days and 2 days before a request is due, and once it has
 * passed. Runs every hour; each reminder is sent once per request (its date is recorded), and a
 * reminder a stopped server missed is sent at the next run. An extension resets them. A request
 * found past its due date is recorded as overdue for good ({@code was_overdue}).
 */
@Stateless
@PermitAll
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject Outbox outbox;

  @Schedule(hour = "*", minute = "7", persistent = false, info = "request-deadline-reminders")
  void hourly() {
    int sent = run();
    if (sent > 0) {
      LOG.info(() -> "Deadline reminders: " + sent + " e-mail(s) queued");
    }
  }

  /** Queues every reminder that is due now; returns how many requests were reminded. */
  public int run() {
    LocalDate today = clock.today();
    Instant now = clock.now();
    List<PrivacyRequest> open = em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.status IN :open"
            + " AND r.dueDate <= :horizon ORDER BY r.dueDate", PrivacyRequest.class)
        .setParameter("open", RequestStatus.open())
        .setParameter("horizon", today.plusDays(7))
        .getResultList();
    List<UserAccount> admins = em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
        .setParameter("role", Role.ADMIN).getResultList().stream()
        .filter(a -> a.getStatus() == AccountStatus.ACTIVE).toList();
    RequestMails mails = new RequestMails(outbox.publicUrl(), clock.zone());
    int reminded = 0;
    for (PrivacyRequest r : open) {
      long daysLeft = DueDates.daysLeft(r.getDueDate(), today);
      // a missed deadline is recorded for good: the queue and the dashboard keep counting it late
      r.noteIfOverdue(today);
      String kind = null;
      if (daysLeft < 0 && r.getOverdueNotifiedAt() == null) {
        kind = "admin-overdue";
        r.setOverdueNotifiedAt(now);
      } else if (daysLeft >= 0 && daysLeft <= 2 && r.getReminded2At() == null) {
        kind = "admin-reminder";
        r.setReminded2At(now);
        r.setReminded7At(r.getReminded7At() == null ? now : r.getReminded7At());
      } else if (daysLeft > 2 && daysLeft <= 7 && r.getReminded7At() == null) {
        kind = "admin-reminder";
        r.setReminded7At(now);
      }
      if (kind != null) {
        for (UserAccount admin : admins) {
          outbox.send(mails.toAdmin(kind, r, admin).param("days", Math.max(daysLeft, 0)));
        }
        reminded++;
      }
    }
    return reminded;
  }
}
