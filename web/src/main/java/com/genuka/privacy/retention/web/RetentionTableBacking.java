package com.genuka.privacy.retention.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.RetentionRuleChange;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The retention table of the public pages, read from the same rows the sweeps obey. */
@Named
@RequestScoped
public class RetentionTableBacking {

  @EJB RetentionCatalog catalog;

  @EJB RegisterService registers;

  @Inject LocaleBacking locale;

  @Inject com.genuka.privacy.portal.web.Formats formats;

  private List<RetentionRule> rules;
  private List<LegalPeriod> legalPeriods;
  private List<RetentionRuleChange> changes;

  @PostConstruct
  void load() {
    rules = catalog.rules();
    legalPeriods = registers.legalPeriods();
    changes = catalog.changes();
  }

  /** "12 months", "7 jours"; for rules without a fixed period, where the period comes from. */
  public String period(RetentionRule rule) {
    if (!rule.hasFixedPeriod()) {
      return Messages.text(locale.getLocale(), "retention.period." + rule.getCode());
    }
    return Messages.text(locale.getLocale(), "period." + rule.getUnit().name(), rule.getAmount());
  }

  public String years(int years) {
    return Messages.text(locale.getLocale(), "period.YEARS", years);
  }

  /** The country's name in the reader's language, for any ISO code an admin may add. */
  public String country(String code) {
    return formats.country(code);
  }


  /**
   * A change as the public reads it: "Browser log: 12 months → 6 months", "Invoices (France):
   * 10 years → 8 years"; a country's period newly set has no "before".
   */
  public String change(RetentionRuleChange c) {
    RetentionRule rule = rules.stream().filter(r -> r.getCode().equals(c.getRuleCode())).findFirst().orElse(null);
    String what = rule == null ? c.getRuleCode() : rule.data(locale.getLocale());
    if (c.getCountry() != null) {
      what += " (" + country(c.getCountry()) + ")";
    }
    String unit = c.getCountry() != null || rule == null || rule.getUnit() == null ? "YEARS" : rule.getUnit().name();
    String to = Messages.text(locale.getLocale(), "period." + unit, c.getNewAmount());
    if (c.getOldAmount() == null) {
      return Messages.text(locale.getLocale(), "retention.change.new", what, to);
    }
    return Messages.text(locale.getLocale(), "retention.change", what,
        Messages.text(locale.getLocale(), "period." + unit, c.getOldAmount()), to);
  }

  public String data(RetentionRule rule) {
    return rule.data(locale.getLocale());
  }

  public String trigger(RetentionRule rule) {
    return rule.trigger(locale.getLocale());
  }

  public String legalBasis(RetentionRule rule) {
    return rule.legalBasis(locale.getLocale());
  }

  public String legalBasis(LegalPeriod period) {
    return period.legalBasis(locale.getLocale());
  }

  public List<RetentionRule> getRules() {
    return rules;
  }

  public List<LegalPeriod> getLegalPeriods() {
    return legalPeriods;
  }

  public List<RetentionRuleChange> getChanges() {
    return changes;
  }
}
