package com.genuka.privacy.demo.control;

import java.util.List;

/**
 * The demo accounts, as README.md lists them. The passwords exist only for the local run; the
 * loader refuses to run when {@code genuka.demo.enabled} is false.
 */
public final class DemoAccounts {

  public static final String DOMAIN = "demo.genuka.local";

  public static final Account ADMIN = new Account("awa.ndiaye@" + DOMAIN, "Admin-demo-2024", "Awa Ndiaye", "ADMIN", "fr");
  public static final Account ADMIN_2 = new Account("paul.martin@" + DOMAIN, "Admin-demo-2024", "Paul Martin", "ADMIN", "en");
  public static final Account HR = new Account("claire.dubois@" + DOMAIN, "Hr-demo-2024", "Claire Dubois", "HR", "fr");
  /** PRO plan, shared storage, Cameroon; the company's administrator. */
  public static final Account PRO_OWNER = new Account("jean.kamga@" + DOMAIN, "Customer-demo-2024", "Jean Kamga", "CUSTOMER", "fr");
  /** PRO plan, same company, not its administrator. */
  public static final Account PRO_STAFF = new Account("marie.kamga@" + DOMAIN, "Customer-demo-2024", "Marie Kamga", "CUSTOMER", "fr");
  /** ENTERPRISE plan with its own database, France; the company's administrator. */
  public static final Account ENTERPRISE_OWNER = new Account("sophie.laurent@" + DOMAIN, "Customer-demo-2024", "Sophie Laurent", "CUSTOMER", "en");
  /** LIGHT plan, another company, to show that partitions hold. */
  public static final Account LIGHT_OWNER = new Account("ibrahim.bello@" + DOMAIN, "Customer-demo-2024", "Ibrahim Bello", "CUSTOMER", "en");

  public static final List<Account> ALL =
      List.of(ADMIN, ADMIN_2, HR, PRO_OWNER, PRO_STAFF, ENTERPRISE_OWNER, LIGHT_OWNER);

  private DemoAccounts() {}

  /** One demo login. */
  public record Account(String email, String password, String fullName, String role, String locale) {}
}
