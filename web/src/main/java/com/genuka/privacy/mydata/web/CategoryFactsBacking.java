package com.genuka.privacy.mydata.web;

import com.genuka.privacy.mydata.boundary.MyData;
import com.genuka.privacy.mydata.boundary.MyDataViews.BackupRow;
import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every category page says besides the data itself: why it is held (the policy's purpose),
 * who receives it (from the sub-processor register), how long it is kept (from the retention
 * rules the sweeps obey) and what of it, already deleted, is still in the backups.
 */
@Named("categoryFacts")
@RequestScoped
public class CategoryFactsBacking {

  /** Which retention rules govern each category's data. Periods themselves are only in the rules. */
  static final Map<String, List<String>> RULES = Map.of(
      "C1", List.of("ACCOUNT"),
      "C3", List.of("BROWSER_LOG", "SESSION_IDLE", "SESSION_MAX"),
      "C4", List.of("ENTERPRISE_DB", "CLOSED_COMPANY"),
      "C5", List.of("RECORDING"),
      "C7", List.of("BILLING"),
      "C8", List.of("ACCOUNT"),
      "CONSENTS", List.of("ACCOUNT"));

  /** The register's categories that receive each page's data. */
  static final Map<String, String> REGISTER_CATEGORY = Map.of("CONSENTS", "C1");

  @EJB RetentionCatalog catalog;

  @EJB MyData myData;

  @Inject LocaleBacking locale;

  private final Map<String, Facts> cache = new HashMap<>();

  /** A recipient as the page lists it. */
  public record Recipient(String name, String group, String purpose, String location) {}

  /** A retention rule as the page lists it. */
  public record RuleLine(String code, String data, String period, String trigger, String basis) {}

  /** Everything the facts block shows for one category. */
  public record Facts(String category, List<Recipient> recipients, List<RuleLine> rules, String backupPeriod,
      List<BackupRow> inBackups) {}

  public Facts of(String category) {
    return cache.computeIfAbsent(category, this::load);
  }

  private Facts load(String category) {
    Locale l = locale.getLocale();
    // The same rule as the person's access copy: only the recipients their own data went to.
    List<Recipient> recipients = myData.recipients(REGISTER_CATEGORY.getOrDefault(category, category), l.getLanguage())
        .stream().map(s -> new Recipient(s.name(), s.group(), s.purpose(), s.location())).toList();
    List<RuleLine> rules = RULES.getOrDefault(category, List.of()).stream().map(catalog::rule)
        .map(r -> new RuleLine(r.getCode(), r.data(l), period(r), r.trigger(l), r.legalBasis(l))).toList();
    String dbCategory = "CONSENTS".equals(category) ? "C1" : category;
    return new Facts(category, recipients, rules, period(catalog.rule("BACKUP")), myData.inBackups(dbCategory));
  }

  /** "12 months"; for rules without a fixed period, where the period comes from. */
  String period(RetentionRule rule) {
    if (!rule.hasFixedPeriod()) {
      return Messages.text(locale.getLocale(), "retention.period." + rule.getCode());
    }
    return Messages.text(locale.getLocale(), "period." + rule.getUnit().name(), rule.getAmount());
  }
}
