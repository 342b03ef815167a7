package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.platform.control.CardNumbers;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.retention.control.Sweep;
import com.genuka.privacy.retention.control.SweepLocks;
import com.genuka.privacy.retention.control.SweepRunner;
import com.genuka.privacy.retention.control.SweepSteps;
import com.genuka.privacy.retention.control.Sweeps;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.RetentionRuleChange;
import com.genuka.privacy.retention.entity.SweepRun;
import com.genuka.privacy.retention.entity.Tombstone;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data-protection officer's hold on retention: the periods within the bounds the policy
 * allows, the statutory periods by country, what each sweep will delete next (a dry run), what the
 * sweeps did (run history and tombstones), and "run now". Every change is audited and published on
 * the public retention page.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionAdmin {

  static final int SAMPLE_SIZE = 5;
  private static final int REASON_MAX = 1000;
  private static final int BASIS_MAX = 500;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject SweepLocks locks;

  @EJB AuditLog audit;

  @EJB SweepSteps steps;

  @EJB SweepRunner runner;

  @EJB RetentionScheduler scheduler;

  @EJB RetentionCatalog catalog;

  /**
   * Every sweep with its schedule, its last run and two dry runs: of its next scheduled run (the
   * rules as they apply on that day) and of a run started now (today's rules, what "run now" does).
   */
  public List<SweepStatus> sweeps() {
    Map<String, Instant> timers = scheduler.nextTimeouts();
    Instant now = clock.now();
    List<SweepStatus> out = new ArrayList<>();
    for (Sweep sweep : Sweeps.all()) {
      String code = sweep.ruleCode();
      Instant next = scheduler.nextRun(code);
      SweepRun last = em.createNamedQuery("SweepRun.findLastByRule", SweepRun.class)
          .setParameter("ruleCode", code).setMaxResults(1).getResultStream().findFirst().orElse(null);
      out.add(new SweepStatus(catalog.rule(code), timers.get(code), next, LocalDate.ofInstant(next, clock.zone()),
          locks.isRunning(code), last, steps.preview(sweep, next, SAMPLE_SIZE), LocalDate.ofInstant(now, clock.zone()),
          steps.preview(sweep, now, 1)));
    }
    return out;
  }

  /** The codes of the rules a sweep enforces, in the order the sweeps run. */
  public List<String> sweptRules() {
    return Sweeps.all().stream().map(Sweep::ruleCode).toList();
  }

  /** The latest runs, in the order they were made. */
  public List<SweepRun> history(int max) {
    return em.createNamedQuery("SweepRun.findLatest", SweepRun.class).setMaxResults(max).getResultList();
  }

  public List<Tombstone> tombstones(int max) {
    return em.createNamedQuery("Tombstone.findLatest", Tombstone.class).setMaxResults(max).getResultList();
  }

  /** Starts a sweep in the background; the run history shows how it ends. */
  public void runNow(String ruleCode) {
    if (Sweeps.of(ruleCode).isEmpty()) {
      throw new UserFacingException("retention.error.noSweep");
    }
    if (locks.isRunning(ruleCode)) {
      throw new UserFacingException("retention.error.running");
    }
    audit.append(AuditEntry.of(actor(), "RETENTION_SWEEP_STARTED").target("retention_rule", ruleCode)
        .summary(ruleCode + ": run started by an admin"));
    runner.runInBackground(ruleCode, SweepRun.Trigger.MANUAL);
  }

  /**
   * Changes a rule's period within its bounds (never longer than the policy allows). Takes effect
   * at the next run of its sweep; the change and its reason are published on the retention page.
   */
  public RetentionRule changePeriod(String ruleCode, Integer amount, String reason) {
    RetentionRule rule = ruleCode == null ? null : em.find(RetentionRule.class, ruleCode, LockModeType.PESSIMISTIC_WRITE);
    if (rule == null || !rule.isAdjustable()) {
      throw new UserFacingException("retention.error.notAdjustable");
    }
    if (amount == null || amount < rule.getMinAmount() || amount > rule.getMaxAmount()) {
      throw new UserFacingException("retention.error.outOfBounds." + rule.getUnit(), rule.getMinAmount(), rule.getMaxAmount());
    }
    if (amount.equals(rule.getAmount())) {
      throw new UserFacingException("retention.error.unchanged");
    }
    String why = reason(reason);
    Integer old = rule.getAmount();
    Instant now = clock.now();
    UserAccount admin = CallerAccounts.caller(context, em);
    rule.changeAmount(amount, now);
    em.persist(new RetentionRuleChange(ruleCode, now, admin.getSubjectRef(), old, amount, why));
    audit.append(AuditEntry.of(actor(admin), "RETENTION_PERIOD_CHANGED").target("retention_rule", ruleCode)
        .summary(ruleCode + ": " + old + " → " + amount + " " + rule.getUnit()));
    em.flush();
    return rule;
  }

  /**
   * Sets a country's statutory period for billing records (R-T8) or personnel files (R-T2), or
   * adds a country. For billing, the legal hold of that country's invoices follows at once.
   */
  public LegalPeriod setLegalPeriod(String countryCode, String kindName, Integer years, String reason,
      String basisFr, String basisEn) {
    String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}") || !COUNTRIES.contains(country)) {
      throw new UserFacingException("retention.error.country");
    }
    LegalPeriodKind kind;
    try {
      kind = LegalPeriodKind.valueOf(String.valueOf(kindName));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("retention.error.kind");
    }
    if (years == null || years < 1 || years > 30) {
      throw new UserFacingException("retention.error.years");
    }
    String why = reason(reason);
    LegalPeriod period = em.find(LegalPeriod.class, new LegalPeriod.Key(country, kind), LockModeType.PESSIMISTIC_WRITE);
    Integer old = period == null ? null : period.getYears();
    if (period == null) {
      String fr = text(basisFr);
      String en = text(basisEn);
      if (fr == null || en == null) {
        throw new UserFacingException("retention.error.basisRequired");
      }
      if (fr.length() > BASIS_MAX || en.length() > BASIS_MAX) {
        throw new UserFacingException("retention.error.basisTooLong", BASIS_MAX);
      }
      if (CardNumbers.containsCardNumber(fr) || CardNumbers.containsCardNumber(en)) {
        throw new UserFacingException("retention.error.cardNumber");
      }
      period = new LegalPeriod(country, kind, years, fr, en);
      em.persist(period);
    } else if (years.equals(old)) {
      throw new UserFacingException("retention.error.unchanged");
    } else {
      period.setYears(years);
    }
    UserAccount admin = CallerAccounts.caller(context, em);
    String rule = kind == LegalPeriodKind.BILLING ? "BILLING" : "CANDIDATE_HIRED";
    em.persist(new RetentionRuleChange(rule, country, clock.now(), admin.getSubjectRef(), old, years, why));
    int invoices = kind == LegalPeriodKind.BILLING ? applyLegalHold(country, years) : 0;
    audit.append(AuditEntry.of(actor(admin), "LEGAL_PERIOD_CHANGED").target("legal_period", country + "/" + kind)
        .summary(kind + " " + country + ": " + (old == null ? "new" : old) + " → " + years + " years"
            + (kind == LegalPeriodKind.BILLING ? ", legal hold of " + invoices + " invoices updated" : "")));
    em.flush();
    return period;
  }

  /**
   * The legal hold of a country's invoices is their date plus the country's period. Set per
   * distinct invoice date (a few thousand at most over a hold), each a bulk update: portable SQL
   * has no date arithmetic, and no invoice is loaded.
   */
  private int applyLegalHold(String country, int years) {
    List<LocalDate> days = em.createQuery("SELECT DISTINCT i.issuedOn FROM Invoice i WHERE i.billingCountry = :country",
        LocalDate.class).setParameter("country", country).getResultList();
    int updated = 0;
    for (LocalDate day : days) {
      updated += em.createQuery("UPDATE Invoice i SET i.legalHoldUntil = :until"
              + " WHERE i.billingCountry = :country AND i.issuedOn = :day")
          .setParameter("until", day.plusYears(years))
          .setParameter("country", country)
          .setParameter("day", day)
          .executeUpdate();
    }
    return updated;
  }

  private static String text(String s) {
    String t = s == null ? "" : s.strip();
    return t.isEmpty() ? null : t;
  }

  private static String reason(String reason) {
    String why = text(reason);
    if (why == null) {
      throw new UserFacingException("retention.error.reasonRequired");
    }
    if (why.length() > REASON_MAX) {
      throw new UserFacingException("retention.error.reasonTooLong", REASON_MAX);
    }
    if (CardNumbers.containsCardNumber(why)) {
      throw new UserFacingException("retention.error.cardNumber");
    }
    return why;
  }

  private Actor actor() {
    return actor(CallerAccounts.caller(context, em));
  }

  private static Actor actor(UserAccount admin) {
    return new Actor(admin.getSubjectRef(), Role.ADMIN_NAME);
  }
}
