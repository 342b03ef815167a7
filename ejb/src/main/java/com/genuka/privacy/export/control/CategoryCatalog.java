package com.genuka.privacy.export.control;

import com.genuka.privacy.export.control.CategoryFacts.Recipient;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.registers.entity.SubProcessor;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assembles what an access copy says about each category from the one place each fact lives: the
 * retention rules (periods), the sub-processor register (recipients and their location) and the
 * statutory periods per country. Nothing here states a period or a provider of its own.
 */
@Stateless
public class CategoryCatalog {

  @EJB RetentionCatalog retention;

  @EJB RegisterService registers;

  /** Facts for C1..C8 and the person's requests (REQ) and audit trail (AUDIT). */
  public Map<String, CategoryFacts> facts(Texts t) {
    Locale locale = t.locale();
    List<RetentionRule> rules = retention.rules();
    List<SubProcessor> providers = registers.subProcessors();
    Map<String, CategoryFacts> facts = new LinkedHashMap<>();
    facts.put("C1", facts(t, "C1", recipients(providers, "C1", locale), lines(t, rules, "ACCOUNT")));
    List<Recipient> hosting = recipients(providers, "C1", locale).stream().filter(r -> "A".equals(r.group())).toList();
    // Application files live in the same hosted database as requests: the host receives them too.
    List<Recipient> candidates = new ArrayList<>(hosting);
    recipients(providers, "C2", locale).stream().filter(r -> !candidates.contains(r)).forEach(candidates::add);
    facts.put("C2", facts(t, "C2", candidates, lines(t, rules, "CANDIDATE_NOT_HIRED", "CANDIDATE_HIRED")));
    facts.put("C3", facts(t, "C3", recipients(providers, "C3", locale),
        lines(t, rules, "BROWSER_LOG", "SESSION_IDLE", "SESSION_MAX")));
    facts.put("C5", facts(t, "C5", recipients(providers, "C5", locale), lines(t, rules, "RECORDING")));
    List<String> billing = lines(t, rules, "BILLING");
    for (LegalPeriod p : registers.legalPeriods()) {
      if (p.getKind() == LegalPeriodKind.BILLING) {
        billing.add(t.get("retention.billing", p.getYears(),
            new Locale("", p.getCountry()).getDisplayCountry(locale), p.legalBasis(locale)));
      }
    }
    facts.put("C7", facts(t, "C7", recipients(providers, "C7", locale), billing));
    facts.put("C8", facts(t, "C8", recipients(providers, "C8", locale), List.of(t.get("retention.events"))));
    facts.put("REQ", facts(t, "REQ", hosting, List.of(t.get("retention.requests"))));
    facts.put("AUDIT", facts(t, "AUDIT", hosting, List.of(t.get("retention.audit"))));
    facts.put("C4", new CategoryFacts("C4", t.get("category.C4.title"), "", "", lines(t, rules, "ENTERPRISE_DB", "CLOSED_COMPANY"),
        recipients(providers, "C4", locale)));
    facts.put("C6", new CategoryFacts("C6", t.get("category.C6.title"), "", "", lines(t, rules, "BACKUP"),
        recipients(providers, "C6", locale)));
    return facts;
  }

  /** The backup period (R-T7) as "12 MONTHS". */
  public String backupPeriod() {
    RetentionRule backup = retention.rule("BACKUP");
    return backup.getAmount() + " " + backup.getUnit().name();
  }

  private static CategoryFacts facts(Texts t, String code, List<Recipient> recipients, List<String> retention) {
    return new CategoryFacts(code, t.get("category." + code + ".title"), t.get("category." + code + ".purpose"),
        t.get("category." + code + ".source"), retention, recipients);
  }

  static List<Recipient> recipients(List<SubProcessor> providers, String category, Locale locale) {
    return providers.stream().filter(p -> p.receives(category))
        .map(p -> new Recipient(p.getName(), p.location(locale), p.getGroupCode(), p.getInvoiceProcessor())).toList();
  }

  static List<String> lines(Texts t, List<RetentionRule> rules, String... codes) {
    List<String> lines = new ArrayList<>();
    for (String code : codes) {
      for (RetentionRule r : rules) {
        if (r.getCode().equals(code)) {
          lines.add(line(t, r));
        }
      }
    }
    return lines;
  }

  /** "Browser log: 12 months — after each visit." from the rule's own words. */
  public static String line(Texts t, RetentionRule r) {
    Locale locale = t.locale();
    if (r.hasFixedPeriod()) {
      return t.get("retention.fixed", r.data(locale), r.getAmount(), t.get("unit." + r.getUnit().name(), r.getAmount()), r.trigger(locale));
    }
    return t.get("retention.open", r.data(locale), r.trigger(locale));
  }
}
