package com.genuka.privacy.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeepLinksTest {

  @ParameterizedTest
  @ValueSource(strings = {"/customer/request.xhtml?id=42", "/admin/request.xhtml?id=7", "/customer/category.xhtml?c=C3",
      "/hr/candidate.xhtml?id=3&tab=docs", "/policy.xhtml", "/customer/download/abc-DEF_1"})
  void aPathOfThisSiteIsKept(String path) {
    assertEquals(path, DeepLinks.safePath(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"//evil.example/x", "///evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
      "http:/evil.example", "evil.example", "javascript:alert(1)", "/%2F%2Fevil.example", "/%2f/evil.example",
      "/customer/../admin/requests.xhtml", "/customer/%2e%2e/x", "/a%0d%0aSet-Cookie:x=1", "/a\r\nLocation: x",
      "/login.xhtml", "/logout", "/api/admin/requests", "/WEB-INF/web.xml", "/x#frag", "", " /customer/account.xhtml"})
  void anythingThatCouldLeadElsewhereIsDropped(String next) {
    assertNull(DeepLinks.safePath(next), next);
  }

  @Test
  void nothingIsKeptOfNothing() {
    assertNull(DeepLinks.safePath(null));
    assertNull(DeepLinks.safePath("/" + "a".repeat(2100)));
  }

  @Test
  void theOriginalRequestIsTakenRelativeToTheContextRoot() {
    assertEquals("/customer/request.xhtml?id=5", DeepLinks.fromRequest("/customer/request.xhtml", "id=5", ""));
    assertEquals("/customer/request.xhtml?id=5", DeepLinks.fromRequest("/portal/customer/request.xhtml", "id=5", "/portal"));
    assertEquals("/admin/requests.xhtml", DeepLinks.fromRequest("/admin/requests.xhtml", null, ""));
    assertNull(DeepLinks.fromRequest("//evil.example/x", null, ""));
    assertNull(DeepLinks.fromRequest(null, null, ""));
  }

  @Test
  void aPersonGoesBackOnlyIntoTheirOwnArea() {
    Set<String> customer = Set.of("CUSTOMER");
    assertTrue(DeepLinks.opensFor("/customer/request.xhtml?id=5", customer::contains));
    assertTrue(DeepLinks.opensFor("/policy.xhtml", customer::contains));
    assertFalse(DeepLinks.opensFor("/admin/request.xhtml?id=5", customer::contains));
    assertFalse(DeepLinks.opensFor("/hr/candidates.xhtml", customer::contains));
    Set<String> admin = Set.of("ADMIN");
    assertFalse(DeepLinks.opensFor("/customer/request.xhtml?id=5", admin::contains));
    assertTrue(DeepLinks.opensFor("/admin/request.xhtml?id=5", admin::contains));
  }
}
