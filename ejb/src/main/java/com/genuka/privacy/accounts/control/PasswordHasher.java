package com.genuka.privacy.accounts.control;

import com.genuka.privacy.platform.control.Hashing;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA512 at 210,000 iterations (OWASP Password Storage Cheat Sheet), a 32-byte
 * random salt and a 64-byte key. Stored as {@code algorithm:iterations:salt:hash} in Base64, the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}, so the store stays portable.
 */
public final class PasswordHasher {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 64;

  /** Verified against when an e-mail is unknown, so that both answers take the same time. */
  private static final String DECOY = hash("decoy-password-never-matches".toCharArray());

  private PasswordHasher() {}

  public static String hash(char[] password) {
    byte[] salt = Hashing.randomBytes(SALT_BYTES);
    return ALGORITHM + ":" + ITERATIONS + ":" + b64(salt) + ":" + b64(derive(password, salt, ITERATIONS, KEY_BYTES));
  }

  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of a real verification and fails. */
  public static boolean verifyDecoy(char[] password) {
    verify(password, DECOY);
    return false;
  }

  /** Whether a stored hash was made with weaker settings than today's and should be renewed. */
  public static boolean needsRehash(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
