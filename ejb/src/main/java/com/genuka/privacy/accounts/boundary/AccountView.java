package com.genuka.privacy.accounts.boundary;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.tenants.entity.Tenant;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A read-only copy of an account and its company, as pages show them. */
public record AccountView(
    long id,
    String fullName,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String postalCode,
    String city,
    String country,
    String locale,
    Set<String> roles,
    boolean tenantAdmin,
    Instant createdAt,
    Instant lastLoginAt,
    CompanyView company) {

  static AccountView of(UserAccount a) {
    Set<String> roles = new TreeSet<>();
    a.getRoles().forEach(r -> roles.add(r.name()));
    return new AccountView(a.getId(), a.getFullName(), a.getEmail(), a.getPhone(),
        a.getAddressLine1(), a.getAddressLine2(), a.getPostalCode(), a.getCity(), a.getCountry(),
        a.getLocale(), Set.copyOf(roles), a.isTenantAdmin(), a.getCreatedAt(), a.getLastLoginAt(),
        a.getTenant() == null ? null : CompanyView.of(a.getTenant()));
  }

  public boolean hasPostalAddress() {
    return addressLine1 != null && !addressLine1.isBlank();
  }

  /** The customer's company (tenant). */
  public record CompanyView(long id, String name, String plan, boolean ownDatabase,
      String billingCountry, Instant createdAt, Instant lastUsedAt) {
    static CompanyView of(Tenant t) {
      return new CompanyView(t.getId(), t.getName(), t.getPlan().name(), t.isOwnDatabase(),
          t.getBillingCountry(), t.getCreatedAt(), t.getLastUsedAt());
    }
  }
}
