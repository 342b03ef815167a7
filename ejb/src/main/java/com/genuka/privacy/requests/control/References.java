package com.genuka.privacy.requests.control;

import com.genuka.privacy.platform.control.Hashing;

/**
 * Request references that people read out on the phone or type in a WhatsApp message: no
 * ambiguous characters (0/O, 1/I/L), grouped by four.
 */
public final class References {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

  private References() {}

  public static String newReference() {
    byte[] random = Hashing.randomBytes(8);
    StringBuilder s = new StringBuilder("REQ-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        s.append('-');
      }
      s.append(ALPHABET[(random[i] & 0xff) % ALPHABET.length]);
    }
    return s.toString();
  }
}
