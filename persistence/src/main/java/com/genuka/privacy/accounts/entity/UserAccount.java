package com.genuka.privacy.accounts.entity;

import com.genuka.privacy.tenants.entity.Tenant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An account (C1). For customers it carries the policy's account and contact data: name, e-mail,
 * optional phone, a postal address only when an invoice or delivery needs it, the password (as a
 * PBKDF2 hash), and the company through the tenant.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByEmail", query = "SELECT u FROM UserAccount u WHERE u.email = :email")
@NamedQuery(
    name = "UserAccount.findByUnsubscribeToken",
    query = "SELECT u FROM UserAccount u WHERE u.unsubscribeToken = :token")
@NamedQuery(
    name = "UserAccount.findByTenant",
    query = "SELECT u FROM UserAccount u WHERE u.tenant.id = :tenantId ORDER BY u.fullName")
@NamedQuery(
    name = "UserAccount.findByRole",
    query = "SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles ORDER BY u.fullName")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_ref", nullable = false, updatable = false, length = 36)
  private String subjectRef;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 32)
  private String phone;

  @Column(name = "address_line1", length = 200)
  private String addressLine1;

  @Column(name = "address_line2", length = 200)
  private String addressLine2;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(length = 100)
  private String city;

  @Column(length = 2)
  private String country;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(name = "tenant_admin", nullable = false)
  private boolean tenantAdmin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountStatus status = AccountStatus.ACTIVE;

  @Column(name = "unsubscribe_token", nullable = false, length = 64)
  private String unsubscribeToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private int version;

  protected UserAccount() {}

  public UserAccount(String subjectRef, String email, String passwordHash, String fullName,
      String locale, String unsubscribeToken, Instant createdAt) {
    this.subjectRef = subjectRef;
    this.email = email;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.locale = locale;
    this.unsubscribeToken = unsubscribeToken;
    this.createdAt = createdAt;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  /** The company name is part of C1 (« la dénomination de votre entreprise »). */
  public String getCompanyName() {
    return tenant == null ? null : tenant.getName();
  }

  public Long getId() {
    return id;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public void setTenant(Tenant tenant) {
    this.tenant = tenant;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
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

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public boolean isTenantAdmin() {
    return tenantAdmin;
  }

  public void setTenantAdmin(boolean tenantAdmin) {
    this.tenantAdmin = tenantAdmin;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public String getUnsubscribeToken() {
    return unsubscribeToken;
  }

  public void setUnsubscribeToken(String unsubscribeToken) {
    this.unsubscribeToken = unsubscribeToken;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void setLastLoginAt(Instant lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public int getVersion() {
    return version;
  }
}
