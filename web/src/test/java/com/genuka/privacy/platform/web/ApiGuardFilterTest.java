package com.genuka.privacy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApiGuardFilterTest {

  @Test
  void eachRolesApiNeedsThatRoleHoweverThePathIsWritten() {
    assertEquals("ADMIN", ApiGuardFilter.requiredRole("/api/admin/requests"));
    assertEquals("ADMIN", ApiGuardFilter.requiredRole("/api//admin/requests"));
    assertEquals("ADMIN", ApiGuardFilter.requiredRole("/api/admin;x=1/requests"));
    assertEquals("ADMIN", ApiGuardFilter.requiredRole("/api/Admin/requests"));
    assertEquals("HR", ApiGuardFilter.requiredRole("/api/hr/candidates"));
    assertEquals("CUSTOMER", ApiGuardFilter.requiredRole("/api/customer"));
    assertNull(ApiGuardFilter.requiredRole("/api/registers/retention"));
  }
}
