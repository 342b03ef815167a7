package com.genuka.privacy.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A service provider of the policy's register, in group A (sub-processors) or B (controllers). */
@Entity
@Table(name = "sub_processor")
@NamedQuery(name = "SubProcessor.findAll", query = "SELECT s FROM SubProcessor s ORDER BY s.groupCode, s.sortOrder")
public class SubProcessor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_code", nullable = false, length = 1)
  private String groupCode;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "purpose_fr", nullable = false, length = 300)
  private String purposeFr;

  @Column(name = "purpose_en", nullable = false, length = 300)
  private String purposeEn;

  @Column(name = "data_shared_fr", nullable = false, length = 2000)
  private String dataSharedFr;

  @Column(name = "data_shared_en", nullable = false, length = 2000)
  private String dataSharedEn;

  @Column(name = "location_fr", nullable = false, length = 200)
  private String locationFr;

  @Column(name = "location_en", nullable = false, length = 200)
  private String locationEn;

  @Column(length = 500)
  private String certifications;

  /** Comma-separated data categories (C1..C8) this provider receives. */
  @Column(nullable = false, length = 100)
  private String categories;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /**
   * For a payment processor, the value of {@code invoice.payment_processor} that names it: it
   * receives a person's data only with the payments that person made through it. Null for a
   * provider that receives its categories of everyone's data.
   */
  @Column(name = "invoice_processor", length = 30)
  private String invoiceProcessor;

  /**
   * The one table whose rows this provider stores ({@code tenant_media} for media storage): it
   * held a company's data only if the company had rows there. Null: every table of its categories.
   */
  @Column(name = "held_table", length = 60)
  private String heldTable;

  protected SubProcessor() {}

  public List<String> getCategoryList() {
    return Arrays.asList(categories.split(","));
  }

  public boolean receives(String category) {
    return getCategoryList().contains(category);
  }

  public String getInvoiceProcessor() {
    return invoiceProcessor;
  }

  public String getHeldTable() {
    return heldTable;
  }

  /**
   * Whether this provider received data of a person whose invoices went through the given payment
   * processors ({@code invoice.payment_processor}): always, unless it is reached through payments only.
   */
  public boolean reached(java.util.Collection<String> paymentProcessorsUsed) {
    return invoiceProcessor == null
        || paymentProcessorsUsed.stream().anyMatch(used -> used != null && used.strip().equalsIgnoreCase(invoiceProcessor));
  }

  public String purpose(Locale locale) {
    return isFrench(locale) ? purposeFr : purposeEn;
  }

  public String dataShared(Locale locale) {
    return isFrench(locale) ? dataSharedFr : dataSharedEn;
  }

  public String location(Locale locale) {
    return isFrench(locale) ? locationFr : locationEn;
  }

  private static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }

  public Long getId() {
    return id;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPurposeFr() {
    return purposeFr;
  }

  public void setPurposeFr(String purposeFr) {
    this.purposeFr = purposeFr;
  }

  public String getPurposeEn() {
    return purposeEn;
  }

  public void setPurposeEn(String purposeEn) {
    this.purposeEn = purposeEn;
  }

  public String getDataSharedFr() {
    return dataSharedFr;
  }

  public void setDataSharedFr(String dataSharedFr) {
    this.dataSharedFr = dataSharedFr;
  }

  public String getDataSharedEn() {
    return dataSharedEn;
  }

  public void setDataSharedEn(String dataSharedEn) {
    this.dataSharedEn = dataSharedEn;
  }

  public String getLocationFr() {
    return locationFr;
  }

  public void setLocationFr(String locationFr) {
    this.locationFr = locationFr;
  }

  public String getLocationEn() {
    return locationEn;
  }

  public void setLocationEn(String locationEn) {
    this.locationEn = locationEn;
  }

  public String getCertifications() {
    return certifications;
  }

  public void setCertifications(String certifications) {
    this.certifications = certifications;
  }

  public String getCategories() {
    return categories;
  }

  public void setCategories(String categories) {
    this.categories = categories;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
