package com.genuka.privacy.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** How long the law of a country makes us keep a kind of record. */
@Entity
@Table(name = "legal_period")
@IdClass(LegalPeriod.Key.class)
@NamedQuery(name = "LegalPeriod.findAll", query = "SELECT p FROM LegalPeriod p ORDER BY p.kind, p.country")
public class LegalPeriod {

  @Id
  @Column(length = 2)
  private String country;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private LegalPeriodKind kind;

  @Column(nullable = false)
  private int years;

  @Column(name = "legal_basis_fr", nullable = false, length = 500)
  private String legalBasisFr;

  @Column(name = "legal_basis_en", nullable = false, length = 500)
  private String legalBasisEn;

  protected LegalPeriod() {}

  public LegalPeriod(String country, LegalPeriodKind kind, int years, String legalBasisFr,
      String legalBasisEn) {
    this.country = country;
    this.kind = kind;
    this.years = years;
    this.legalBasisFr = legalBasisFr;
    this.legalBasisEn = legalBasisEn;
  }

  public String legalBasis(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? legalBasisFr : legalBasisEn;
  }

  public String getCountry() {
    return country;
  }

  public LegalPeriodKind getKind() {
    return kind;
  }

  public int getYears() {
    return years;
  }

  public void setYears(int years) {
    this.years = years;
  }

  public String getLegalBasisFr() {
    return legalBasisFr;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
  }

  /** Composite key: country and kind. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String country;
    private LegalPeriodKind kind;

    public Key() {}

    public Key(String country, LegalPeriodKind kind) {
      this.country = country;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(country, k.country) && kind == k.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(country, kind);
    }
  }
}
