package com.genuka.privacy.erasure.control;

import com.genuka.privacy.audit.control.Sealer;

/**
 * A person's e-mail, name and phone as an erasure job keeps them while it runs: sealed with a key
 * of the job's own, both blanked when the job succeeds. The steps that find rows by e-mail, the
 * residue scan and the receipt's e-mail need them after the account itself is gone.
 */
public record Contact(String email, String name, String phone) {

  public static final Contact NONE = new Contact(null, null, null);

  /** {sealed, key}. */
  public String[] seal() {
    String key = Sealer.newKey();
    String plain = nz(email) + "\n" + nz(name) + "\n" + nz(phone);
    return new String[] {Sealer.seal(plain, key), key};
  }

  public static Contact open(String sealed, String key) {
    if (sealed == null || key == null) {
      return NONE;
    }
    String[] parts = Sealer.open(sealed, key).split("\n", -1);
    return new Contact(ez(parts[0]), ez(parts.length > 1 ? parts[1] : ""), ez(parts.length > 2 ? parts[2] : ""));
  }

  /** The e-mail as queries compare it: lower case, never null. */
  public String emailKey() {
    return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s.replace('\n', ' ');
  }

  private static String ez(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
