package com.genuka.privacy.retention.control;

import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.retention.entity.PeriodUnit;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.tenants.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells an ENTERPRISE company's administrators, 30 and 7 days ahead, the day its own database will
 * be deleted for lack of use (R-T5), and that using it keeps it. Queued in the sweep batch's own
 * transaction: the warning is sent if and only if the company is marked as warned.
 */
@Stateless
public class TenantDeletionWarnings {

  private static final Logger LOG = Logger.getLogger(TenantDeletionWarnings.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Outbox outbox;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void warn(long tenantId, LocalDate deletionDay, int daysLeft) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    RetentionRule rule = em.find(RetentionRule.class, "ENTERPRISE_DB");
    RetentionRule backup = em.find(RetentionRule.class, "BACKUP");
    List<UserAccount> admins = em.createNamedQuery("UserAccount.findByTenant", UserAccount.class)
        .setParameter("tenantId", tenantId).getResultList().stream()
        .filter(u -> u.isTenantAdmin() && u.getStatus() == AccountStatus.ACTIVE)
        .toList();
    if (admins.isEmpty()) {
      LOG.warning(() -> "Company " + tenantId + " has no active administrator to warn before its database is deleted");
    }
    for (UserAccount admin : admins) {
      outbox.send(Mail.of("tenant-db-deletion-warning", admin.getEmail(), admin.getLocale())
          .subject(admin.getSubjectRef())
          .param("name", admin.getFullName())
          .param("company", tenant.getName())
          .param("date", MailFormat.date(deletionDay, admin.getLocale()))
          .param("inDays", inDays(daysLeft, admin.getLocale()))
          .param("period", period(rule.getAmount(), rule.getUnit(), admin.getLocale()))
          .param("backupPeriod", period(backup.getAmount(), backup.getUnit(), admin.getLocale())));
    }
  }

  static String inDays(int days, String language) {
    boolean fr = !"en".equals(language);
    if (days <= 1) {
      return fr ? "demain" : "tomorrow";
    }
    return fr ? "dans " + days + " jours" : "in " + days + " days";
  }

  /** "4 mois", "4 months": the period as the rule holds it, never written into a template. */
  static String period(int amount, PeriodUnit unit, String language) {
    boolean fr = !"en".equals(language);
    String word = switch (unit) {
      case DAYS -> fr ? (amount > 1 ? "jours" : "jour") : (amount > 1 ? "days" : "day");
      case MONTHS -> fr ? "mois" : (amount > 1 ? "months" : "month");
      case YEARS -> fr ? (amount > 1 ? "ans" : "an") : (amount > 1 ? "years" : "year");
    };
    return amount + " " + word;
  }
}
