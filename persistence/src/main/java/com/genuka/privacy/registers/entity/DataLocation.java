package com.genuka.privacy.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** Where data physically lives (R-G2): hosting in Europe, backups in France and the USA. */
@Entity
@Table(name = "data_location")
@NamedQuery(name = "DataLocation.findAll", query = "SELECT d FROM DataLocation d ORDER BY d.sortOrder")
public class DataLocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String scope;

  @Column(name = "region_fr", nullable = false, length = 100)
  private String regionFr;

  @Column(name = "region_en", nullable = false, length = 100)
  private String regionEn;

  @Column(name = "note_fr", nullable = false, length = 500)
  private String noteFr;

  @Column(name = "note_en", nullable = false, length = 500)
  private String noteEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected DataLocation() {}

  public String region(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? regionFr : regionEn;
  }

  public String note(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? noteFr : noteEn;
  }

  public Long getId() {
    return id;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getRegionFr() {
    return regionFr;
  }

  public void setRegionFr(String regionFr) {
    this.regionFr = regionFr;
  }

  public String getRegionEn() {
    return regionEn;
  }

  public void setRegionEn(String regionEn) {
    this.regionEn = regionEn;
  }

  public String getNoteFr() {
    return noteFr;
  }

  public void setNoteFr(String noteFr) {
    this.noteFr = noteFr;
  }

  public String getNoteEn() {
    return noteEn;
  }

  public void setNoteEn(String noteEn) {
    this.noteEn = noteEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
