package com.genuka.privacy.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.portal.web.SameOrigin.Verdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  private static final Set<String> OWN = Set.of("https://privacy.genuka.com", "http://localhost:9080");

  @Test
  void thePortalsOwnPagesAreTheSameOrigin() {
    assertEquals(Verdict.SAME, SameOrigin.judge("https://privacy.genuka.com", null, OWN));
    assertEquals(Verdict.SAME, SameOrigin.judge("https://PRIVACY.genuka.com:443", null, OWN));
    assertEquals(Verdict.SAME, SameOrigin.judge("http://localhost:9080", "http://evil.example/", OWN),
        "Origin wins over Referer");
    assertEquals(Verdict.SAME, SameOrigin.judge(null, "http://localhost:9080/admin/request.xhtml?id=3", OWN));
  }

  @Test
  void anotherSiteOrAnotherOriginOfTheSameSiteIsForeign() {
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("http://evil.example", null, OWN));
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("http://localhost:9999", null, OWN), "same site, other port");
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("http://privacy.genuka.com", null, OWN), "other scheme");
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("https://privacy.genuka.com.evil.example", null, OWN));
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("null", null, OWN));
    assertEquals(Verdict.FOREIGN, SameOrigin.judge("garbage", "http://localhost:9080/", OWN));
    assertEquals(Verdict.FOREIGN, SameOrigin.judge(null, "http://evil.example/page", OWN));
    assertEquals(Verdict.FOREIGN, SameOrigin.judge(null, "/relative", OWN));
  }

  @Test
  void noHeaderAtAllIsUnknown() {
    assertEquals(Verdict.UNKNOWN, SameOrigin.judge(null, null, OWN));
    assertEquals(Verdict.UNKNOWN, SameOrigin.judge(" ", "", OWN));
  }

  @Test
  void originsAreNormalised() {
    assertEquals("http://localhost:9080", SameOrigin.originOf("http://LocalHost:9080/x?y"));
    assertEquals("https://a.example", SameOrigin.originOf("https://a.example:443"));
    assertNull(SameOrigin.originOf("ftp://a.example"));
    assertNull(SameOrigin.originOf("null"));
  }

  @Test
  void onlyMethodsThatChangeSomethingAreChecked() {
    assertFalse(SameOrigin.changesState("GET"));
    assertFalse(SameOrigin.changesState("HEAD"));
    assertTrue(SameOrigin.changesState("POST"));
    assertTrue(SameOrigin.changesState("PUT"));
    assertTrue(SameOrigin.changesState("DELETE"));
    assertTrue(SameOrigin.changesState("PATCH"));
  }
}
