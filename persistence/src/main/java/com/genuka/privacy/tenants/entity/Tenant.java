package com.genuka.privacy.tenants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's company: the owner of a partition of the shared storage, or of its own database. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Plan plan;

  @Column(name = "own_database", nullable = false)
  private boolean ownDatabase;

  @Column(name = "billing_country", nullable = false, length = 2)
  private String billingCountry;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TenantStatus status = TenantStatus.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  @Column(name = "warned_30_at")
  private Instant warned30At;

  @Column(name = "warned_7_at")
  private Instant warned7At;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  /** When the company lost its last account to an erasure (CLOSED). */
  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private int version;

  protected Tenant() {}

  public Tenant(String name, Plan plan, boolean ownDatabase, String billingCountry, Instant now) {
    if (ownDatabase && plan != Plan.ENTERPRISE) {
      throw new IllegalArgumentException("only ENTERPRISE tenants may have their own database");
    }
    this.name = name;
    this.plan = plan;
    this.ownDatabase = ownDatabase;
    this.billingCountry = billingCountry;
    this.createdAt = now;
    this.lastUsedAt = now;
  }

  /** The R-T5 clock restarts whenever the company uses its database. */
  public void markUsed(Instant now) {
    this.lastUsedAt = now;
    this.warned30At = null;
    this.warned7At = null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Plan getPlan() {
    return plan;
  }

  public void setPlan(Plan plan) {
    this.plan = plan;
  }

  public boolean isOwnDatabase() {
    return ownDatabase;
  }

  public void setOwnDatabase(boolean ownDatabase) {
    this.ownDatabase = ownDatabase;
  }

  public String getBillingCountry() {
    return billingCountry;
  }

  public void setBillingCountry(String billingCountry) {
    this.billingCountry = billingCountry;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public void setStatus(TenantStatus status) {
    this.status = status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public void setLastUsedAt(Instant lastUsedAt) {
    this.lastUsedAt = lastUsedAt;
  }

  public Instant getWarned30At() {
    return warned30At;
  }

  public void setWarned30At(Instant warned30At) {
    this.warned30At = warned30At;
  }

  public Instant getWarned7At() {
    return warned7At;
  }

  public void setWarned7At(Instant warned7At) {
    this.warned7At = warned7At;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public int getVersion() {
    return version;
  }
}
