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

/** The retention table of the public pages, read from the same rows the sweeps obey. */
@Named
@RequestScoped
public class RetentionTableBacking {

  @EJB RetentionCatalog catalog;

  @EJB RegisterService registers;

  @Inject LocaleBacking locale;

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
