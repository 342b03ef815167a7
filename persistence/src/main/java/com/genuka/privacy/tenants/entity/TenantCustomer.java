package com.genuka.privacy.tenants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer of the merchant, held on the merchant's behalf (C4). */
@Entity
@Table(name = "tenant_customer")
@NamedQuery(
    name = "TenantCustomer.findByTenant",
    query = "SELECT c FROM TenantCustomer c WHERE c.tenantId = :tenantId ORDER BY c.id")
@NamedQuery(
    name = "TenantCustomer.countByTenant",
    query = "SELECT COUNT(c) FROM TenantCustomer c WHERE c.tenantId = :tenantId")
public class TenantCustomer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 254)
  private String email;

  @Column(length = 32)
  private String phone;

  @Column(length = 100)
  private String city;

  @Column(length = 2)
  private String country;

  @Column(length = 2000)
  private String notes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TenantCustomer() {}

  public TenantCustomer(Long tenantId, String fullName, Instant createdAt) {
    this.tenantId = tenantId;
    this.fullName = fullName;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
