package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A retention period of the policy, as data. A null amount means the period comes from elsewhere:
 * the account's life (C1) or the statutory table ({@code legal_period}).
 */
@Entity
@Table(name = "retention_rule")
@NamedQuery(name = "RetentionRule.findAll", query = "SELECT r FROM RetentionRule r ORDER BY r.sortOrder")
public class RetentionRule {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "spec_ref", nullable = false, length = 10)
  private String specRef;

  @Column(nullable = false, length = 5)
  private String category;

  private Integer amount;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private PeriodUnit unit;

  @Column(name = "min_amount")
  private Integer minAmount;

  @Column(name = "max_amount")
  private Integer maxAmount;

  @Column(name = "data_fr", nullable = false, length = 300)
  private String dataFr;

  @Column(name = "data_en", nullable = false, length = 300)
  private String dataEn;

  @Column(name = "trigger_fr", nullable = false, length = 300)
  private String triggerFr;

  @Column(name = "trigger_en", nullable = false, length = 300)
  private String triggerEn;

  @Column(name = "legal_basis_fr", nullable = false, length = 500)
  private String legalBasisFr;

  @Column(name = "legal_basis_en", nullable = false, length = 500)
  private String legalBasisEn;

  @Column(name = "policy_quote", nullable = false, length = 1000)
  private String policyQuote;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private int version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected RetentionRule() {}

  public boolean hasFixedPeriod() {
    return amount != null && unit != null;
  }

  public boolean isAdjustable() {
    return hasFixedPeriod() && minAmount != null && maxAmount != null && minAmount < maxAmount;
  }

  public String data(Locale locale) {
    return fr(locale) ? dataFr : dataEn;
  }

  public String trigger(Locale locale) {
    return fr(locale) ? triggerFr : triggerEn;
  }

  public String legalBasis(Locale locale) {
    return fr(locale) ? legalBasisFr : legalBasisEn;
  }

  /** Changes the period within the bounds the policy allows. */
  public void changeAmount(int newAmount, Instant now) {
    if (!hasFixedPeriod() || minAmount == null || maxAmount == null) {
      throw new IllegalStateException("rule " + code + " has no adjustable period");
    }
    if (newAmount < minAmount || newAmount > maxAmount) {
      throw new IllegalArgumentException("amount out of bounds");
    }
    this.amount = newAmount;
    this.updatedAt = now;
  }

  private static boolean fr(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }

  public String getCode() {
    return code;
  }

  public String getSpecRef() {
    return specRef;
  }

  public String getCategory() {
    return category;
  }

  public Integer getAmount() {
    return amount;
  }

  public PeriodUnit getUnit() {
    return unit;
  }

  public Integer getMinAmount() {
    return minAmount;
  }

  public Integer getMaxAmount() {
    return maxAmount;
  }

  public String getPolicyQuote() {
    return policyQuote;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public int getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
