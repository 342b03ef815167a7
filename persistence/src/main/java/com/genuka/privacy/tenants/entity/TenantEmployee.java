package com.genuka.privacy.tenants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An employee of the merchant, held on the merchant's behalf (C4). */
@Entity
@Table(name = "tenant_employee")
@NamedQuery(
    name = "TenantEmployee.findByTenant",
    query = "SELECT e FROM TenantEmployee e WHERE e.tenantId = :tenantId ORDER BY e.id")
@NamedQuery(
    name = "TenantEmployee.countByTenant",
    query = "SELECT COUNT(e) FROM TenantEmployee e WHERE e.tenantId = :tenantId")
public class TenantEmployee {

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

  @Column(name = "job_title", length = 100)
  private String jobTitle;

  @Column(name = "hired_on")
  private LocalDate hiredOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TenantEmployee() {}

  public TenantEmployee(Long tenantId, String fullName, Instant createdAt) {
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

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public void setHiredOn(LocalDate hiredOn) {
    this.hiredOn = hiredOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
