package com.genuka.privacy.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = PasswordHasher.hash("correct horse".toCharArray());
    assertTrue(PasswordHasher.verify("correct horse".toCharArray(), hash));
    assertFalse(PasswordHasher.verify("correct horsf".toCharArray(), hash));
    assertFalse(PasswordHasher.verify("".toCharArray(), hash));
  }

  @Test
  void usesOwaspSettingsAndAFreshSaltEachTime() {
    String a = PasswordHasher.hash("same".toCharArray());
    String b = PasswordHasher.hash("same".toCharArray());
    assertTrue(a.startsWith("PBKDF2WithHmacSHA512:210000:"), a);
    assertNotEquals(a, b, "salted");
    assertFalse(PasswordHasher.needsRehash(a));
    assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA=="));
  }

  @Test
  void refusesMalformedStoredValues() {
    assertFalse(PasswordHasher.verify("x".toCharArray(), null));
    assertFalse(PasswordHasher.verify("x".toCharArray(), "plain-text"));
    assertFalse(PasswordHasher.verify("x".toCharArray(), "MD5:1:a:b"));
    assertFalse(PasswordHasher.verifyDecoy("x".toCharArray()));
  }
}
