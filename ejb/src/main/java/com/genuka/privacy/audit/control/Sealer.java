package com.genuka.privacy.audit.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal details of an audit row with the subject's own AES-256 key (GCM). Erasing the
 * subject deletes the key, which leaves the details unreadable while the row, and the chain, stay
 * intact.
 */
public final class Sealer {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private Sealer() {}

  public static String newKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every Java runtime", e);
    }
  }

  public static String seal(String plaintext, String keyBase64) {
    try {
      byte[] iv = com.genuka.privacy.platform.control.Hashing.randomBytes(IV_BYTES);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(keyBase64), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(
          ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not seal audit details", e);
    }
  }

  public static String open(String sealedBase64, String keyBase64) {
    try {
      byte[] all = Base64.getDecoder().decode(sealedBase64);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(keyBase64), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Could not open audit details", e);
    }
  }

  private static SecretKey key(String keyBase64) {
    return new SecretKeySpec(Base64.getDecoder().decode(keyBase64), "AES");
  }
}
