package com.genuka.privacy.demo.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line generator of large volumes for benchmarks. It first brings the database to the
 * application's schema (the same Flyway migrations), then adds a benchmark tenant and its rows.
 * See README.md, « Benchmarks ». Options:
 *
 * <pre>
 *   --url jdbc:postgresql://127.0.0.1:5432/genuka_bench  --user postgres  --password x
 *   --browser-log N          N rows for a new benchmark tenant's administrator
 *   --expired-share 0.5      share of those rows older than 12 months (default 0.5)
 *   --tenant-customers N     N customers in the same benchmark tenant
 * </pre>
 *
 * Prints {@code tenant_id: …} and {@code user_id: …} so that a script can use them.
 */
public final class GenerateCommand {

  private GenerateCommand() {}

  public static void main(String[] args) throws SQLException {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/genuka_bench");
    // The same migrations as the application: the command works on an empty database.
    org.flywaydb.core.Flyway.configure(GenerateCommand.class.getClassLoader())
        .dataSource(url, o.getOrDefault("user", "postgres"), o.getOrDefault("password", ""))
        .locations("classpath:db/migration").load().migrate();
    try (Connection c = DriverManager.getConnection(url + (url.startsWith("jdbc:postgresql") && !url.contains("reWrite")
            ? (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : ""),
        o.getOrDefault("user", "postgres"), o.getOrDefault("password", ""))) {
      c.setAutoCommit(false);
      Instant now = Instant.now();
      DemoDataGenerator g = new DemoDataGenerator(c, now, ZoneId.of(o.getOrDefault("zone", "Europe/Paris")));
      long[] ids = g.benchTenant(o.getOrDefault("tenant-name", "Bench tenant"));
      System.out.println("tenant_id: " + ids[0]);
      System.out.println("user_id: " + ids[1]);
      long rows = Long.parseLong(o.getOrDefault("browser-log", "0"));
      if (rows > 0) {
        double expiredShare = Double.parseDouble(o.getOrDefault("expired-share", "0.5"));
        long expired = Math.round(rows * expiredShare);
        long t0 = System.nanoTime();
        // expired: visited 13 to 17 months ago; live: the last 11 months
        g.bulkBrowserLog(ids[0], ids[1], expired, now.minus(Duration.ofDays(520)), now.minus(Duration.ofDays(400)), 5_000);
        g.bulkBrowserLog(ids[0], ids[1], rows - expired, now.minus(Duration.ofDays(330)), now.minus(Duration.ofHours(1)), 5_000);
        System.out.printf("browser_log_rows: %d%nbrowser_log_expired_rows: %d%ngenerate_browser_log_seconds: %.1f s%n",
            rows, expired, (System.nanoTime() - t0) / 1e9);
      }
      long customers = Long.parseLong(o.getOrDefault("tenant-customers", "0"));
      if (customers > 0) {
        long t0 = System.nanoTime();
        g.bulkTenantCustomers(ids[0], customers, 5_000);
        System.out.printf("tenant_customer_rows: %d%ngenerate_tenant_customers_seconds: %.1f s%n",
            customers, (System.nanoTime() - t0) / 1e9);
      }
      c.commit();
    }
  }
}
