package com.genuka.privacy.retention.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.retention.boundary.RetentionAdmin;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.boundary.SweepStatus;
import com.genuka.privacy.retention.control.Sweep;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.SweepRun;
import com.genuka.privacy.retention.entity.Tombstone;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The admin's retention page: what each sweep will delete at its next run, what the sweeps did,
 * the periods and the statutory periods by country, and the forms that change them. The heavy
 * parts (dry runs, history) load only when the page is drawn, not when a form is posted.
 */
@Named
@RequestScoped
public class RetentionAdminBacking {

  private static final int HISTORY = 50;
  private static final int TOMBSTONES = 30;

  @EJB RetentionAdmin admin;

  @EJB RetentionCatalog catalog;

  @EJB RegisterService registers;

  @Inject LocaleBacking locale;

  @Inject RetentionTableBacking table;

  private List<SweepStatus> sweeps;
  private List<SweepRun> history;
  private List<Tombstone> tombstones;
  private List<RetentionRule> sweptRules;
  private List<LegalPeriod> legalPeriods;

  // the forms
  private String runRule;
  private String periodRule;
  private Integer periodAmount;
  private String periodReason;
  private String legalCountry;
  private String legalKind;
  private Integer legalYears;
  private String legalReason;
  private String legalBasisFr;
  private String legalBasisEn;

  public List<SweepStatus> getSweeps() {
    if (sweeps == null) {
      sweeps = admin.sweeps();
    }
    return sweeps;
  }

  /** The rules that have a sweep, for the "run now" form. */
  public List<RetentionRule> getSweptRules() {
    if (sweptRules == null) {
      List<String> codes = admin.sweptRules();
      sweptRules = getRules().stream().filter(r -> codes.contains(r.getCode())).toList();
    }
    return sweptRules;
  }

  public List<RetentionRule> getRules() {
    return table.getRules();
  }

  public List<RetentionRule> getAdjustableRules() {
    return getRules().stream().filter(RetentionRule::isAdjustable).toList();
  }

  public List<LegalPeriod> getLegalPeriods() {
    if (legalPeriods == null) {
      legalPeriods = registers.legalPeriods();
    }
    return legalPeriods;
  }

  public List<SweepRun> getHistory() {
    if (history == null) {
      history = admin.history(HISTORY);
    }
    return history;
  }

  public List<Tombstone> getTombstones() {
    if (tombstones == null) {
      tombstones = admin.tombstones(TOMBSTONES);
    }
    return tombstones;
  }

  public String runNow() {
    admin.runNow(runRule);
    Messages.info("retention.run.started", data(catalog.rule(runRule)));
    return back();
  }

  public String changePeriod() {
    RetentionRule rule = admin.changePeriod(periodRule, periodAmount, periodReason);
    Messages.info("retention.period.changed", data(rule), table.period(rule));
    return back();
  }

  public String setLegalPeriod() {
    LegalPeriod p = admin.setLegalPeriod(legalCountry, legalKind, legalYears, legalReason, legalBasisFr, legalBasisEn);
    Messages.info("retention.legal.changed", table.country(p.getCountry()), table.years(p.getYears()));
    return back();
  }

  private static String back() {
    Messages.keepAcrossRedirect();
    return "/admin/retention.xhtml?faces-redirect=true";
  }

  public String data(RetentionRule rule) {
    return rule.data(locale.getLocale());
  }

  public String period(RetentionRule rule) {
    return table.period(rule);
  }

  /** "1 – 12 months", for adjustable rules. */
  public String bounds(RetentionRule rule) {
    if (!rule.isAdjustable()) {
      return Messages.text(locale.getLocale(), "retention.bounds.fixed");
    }
    return Messages.text(locale.getLocale(), "retention.bounds", rule.getMinAmount(),
        Messages.text(locale.getLocale(), "period." + rule.getUnit().name(), rule.getMaxAmount()));
  }

  public String ruleLabel(String code) {
    return getRules().stream().filter(r -> r.getCode().equals(code)).findFirst().map(this::data).orElse(code);
  }

  /** "2 min 05 s", "840 ms". */
  public String duration(SweepRun run) {
    Duration d = run.duration();
    if (d == null) {
      return "";
    }
    if (d.toMillis() < 1000) {
      return d.toMillis() + " ms";
    }
    long s = d.toSeconds();
    return s < 60 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : (s / 60) + " min " + String.format("%02d", s % 60) + " s";
  }

  public String number(long n) {
    return java.text.NumberFormat.getIntegerInstance(locale.isFrench() ? Locale.FRANCE : Locale.UK).format(n);
  }

  /** "no row", "1 row", "12,345 rows". */
  public String rows(long count) {
    return Messages.text(locale.getLocale(), "retention.rows", count);
  }

  public String notices(long count) {
    return Messages.text(locale.getLocale(), "retention.notices", count);
  }

  /** One row a run would delete, told in the admin's language. */
  public String sample(Sweep.Sample sample) {
    Object[] args = sample.args().stream().map(a -> {
      if (a instanceof Sweep.Label label) {
        return Messages.text(locale.getLocale(), label.key());
      }
      if (a instanceof Sweep.Country country) {
        return country.code() == null ? "?" : table.country(country.code());
      }
      return a;
    }).toArray();
    return Messages.text(locale.getLocale(), "retention.sample." + sample.key(), args);
  }

  public String held(Sweep.Preview preview) {
    return Messages.text(locale.getLocale(), preview.heldReason(), preview.held());
  }

  public String missed(int count) {
    return Messages.text(locale.getLocale(), "retention.missed", count);
  }

  /** What a run noted besides deletions: the warnings it sent ("warnings=3"). */
  public String notes(SweepRun run) {
    String notes = run.getNotes();
    if (notes != null && notes.startsWith("warnings=")) {
      return notices(Long.parseLong(notes.substring("warnings=".length())));
    }
    return notes;
  }

  public String statusClass(SweepRun run) {
    return switch (run.getStatus()) {
      case SUCCEEDED -> "badge badge-ok";
      case RUNNING -> "badge badge-soon";
      case FAILED -> "badge badge-overdue";
    };
  }

  public String getRunRule() {
    return runRule;
  }

  public void setRunRule(String runRule) {
    this.runRule = runRule;
  }

  public String getPeriodRule() {
    return periodRule;
  }

  public void setPeriodRule(String periodRule) {
    this.periodRule = periodRule;
  }

  public Integer getPeriodAmount() {
    return periodAmount;
  }

  public void setPeriodAmount(Integer periodAmount) {
    this.periodAmount = periodAmount;
  }

  public String getPeriodReason() {
    return periodReason;
  }

  public void setPeriodReason(String periodReason) {
    this.periodReason = periodReason;
  }

  public String getLegalCountry() {
    return legalCountry;
  }

  public void setLegalCountry(String legalCountry) {
    this.legalCountry = legalCountry;
  }

  public String getLegalKind() {
    return legalKind;
  }

  public void setLegalKind(String legalKind) {
    this.legalKind = legalKind;
  }

  public Integer getLegalYears() {
    return legalYears;
  }

  public void setLegalYears(Integer legalYears) {
    this.legalYears = legalYears;
  }

  public String getLegalReason() {
    return legalReason;
  }

  public void setLegalReason(String legalReason) {
    this.legalReason = legalReason;
  }

  public String getLegalBasisFr() {
    return legalBasisFr;
  }

  public void setLegalBasisFr(String legalBasisFr) {
    this.legalBasisFr = legalBasisFr;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
  }

  public void setLegalBasisEn(String legalBasisEn) {
    this.legalBasisEn = legalBasisEn;
  }
}
