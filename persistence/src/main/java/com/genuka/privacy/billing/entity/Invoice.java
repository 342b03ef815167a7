package com.genuka.privacy.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An invoice and what tax and accounting law requires of it. Card data never appears: payment goes
 * through a PCI-DSS processor and only its reference is kept (R-C1).
 */
@Entity
@Table(name = "invoice")
@NamedQuery(
    name = "Invoice.findByTenant",
    query = "SELECT i FROM Invoice i WHERE i.tenantId = :tenantId ORDER BY i.issuedOn DESC, i.id DESC")
@NamedQuery(
    name = "Invoice.countByTenant",
    query = "SELECT COUNT(i) FROM Invoice i WHERE i.tenantId = :tenantId")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false, length = 40, updatable = false)
  private String number;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Column(nullable = false, length = 300)
  private String description;

  @Column(name = "billing_name", nullable = false, length = 200)
  private String billingName;

  @Column(name = "billing_company", nullable = false, length = 200)
  private String billingCompany;

  @Column(name = "billing_email", nullable = false, length = 254)
  private String billingEmail;

  @Column(name = "billing_address", length = 500)
  private String billingAddress;

  @Column(name = "billing_country", nullable = false, length = 2)
  private String billingCountry;

  @Column(name = "payment_processor", nullable = false, length = 30)
  private String paymentProcessor;

  @Column(name = "processor_reference", nullable = false, length = 100)
  private String processorReference;

  @Column(nullable = false)
  private boolean pseudonymised;

  @Column(name = "legal_hold_until", nullable = false)
  private LocalDate legalHoldUntil;

  protected Invoice() {}

  public Invoice(Long tenantId, Long userId, String number, LocalDate issuedOn, long amountCents,
      String currency, String description, String billingCountry, LocalDate legalHoldUntil) {
    this.tenantId = tenantId;
    this.userId = userId;
    this.number = number;
    this.issuedOn = issuedOn;
    this.amountCents = amountCents;
    this.currency = currency;
    this.description = description;
    this.billingCountry = billingCountry;
    this.legalHoldUntil = legalHoldUntil;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public String getCurrency() {
    return currency;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getBillingName() {
    return billingName;
  }

  public void setBillingName(String billingName) {
    this.billingName = billingName;
  }

  public String getBillingCompany() {
    return billingCompany;
  }

  public void setBillingCompany(String billingCompany) {
    this.billingCompany = billingCompany;
  }

  public String getBillingEmail() {
    return billingEmail;
  }

  public void setBillingEmail(String billingEmail) {
    this.billingEmail = billingEmail;
  }

  public String getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(String billingAddress) {
    this.billingAddress = billingAddress;
  }

  public String getBillingCountry() {
    return billingCountry;
  }

  public void setBillingCountry(String billingCountry) {
    this.billingCountry = billingCountry;
  }

  public String getPaymentProcessor() {
    return paymentProcessor;
  }

  public void setPaymentProcessor(String paymentProcessor) {
    this.paymentProcessor = paymentProcessor;
  }

  public String getProcessorReference() {
    return processorReference;
  }

  public void setProcessorReference(String processorReference) {
    this.processorReference = processorReference;
  }

  public boolean isPseudonymised() {
    return pseudonymised;
  }

  public void setPseudonymised(boolean pseudonymised) {
    this.pseudonymised = pseudonymised;
  }

  public LocalDate getLegalHoldUntil() {
    return legalHoldUntil;
  }

  public void setLegalHoldUntil(LocalDate legalHoldUntil) {
    this.legalHoldUntil = legalHoldUntil;
  }
}
