package com.genuka.privacy.registers.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/** A version of the privacy policy; its « Dernière mise à jour » date is its effective date (R-G3). */
@Entity
@Table(name = "policy_version")
@NamedQuery(
    name = "PolicyVersion.findAll",
    query = "SELECT p FROM PolicyVersion p ORDER BY p.effectiveDate DESC")
@NamedQuery(
    name = "PolicyVersion.findInForce",
    query = "SELECT p FROM PolicyVersion p WHERE p.effectiveDate <= :today ORDER BY p.effectiveDate DESC")
public class PolicyVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(nullable = false, length = 100)
  private String label;

  @Column(name = "summary_fr", nullable = false, length = 2000)
  private String summaryFr;

  @Column(name = "summary_en", nullable = false, length = 2000)
  private String summaryEn;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "text_fr")
  private String textFr;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "text_en")
  private String textEn;

  protected PolicyVersion() {}

  public String summary(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? summaryFr : summaryEn;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getSummaryFr() {
    return summaryFr;
  }

  public void setSummaryFr(String summaryFr) {
    this.summaryFr = summaryFr;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String summaryEn) {
    this.summaryEn = summaryEn;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }
}
