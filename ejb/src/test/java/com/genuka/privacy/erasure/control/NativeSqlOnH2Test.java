package com.genuka.privacy.erasure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.audit.control.AuditChainCommand;
import com.genuka.privacy.candidates.control.ErasureEngine;
import com.genuka.privacy.erasure.control.ErasureJobs.JobInfo;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.export.control.H2;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every native SQL statement runs on the embedded database of the default run (H2 in PostgreSQL
 * mode, the application's migrations) as well as on PostgreSQL, where the integration tests run
 * them. This test runs the statements no other H2 test runs, and keeps the list of which test runs
 * each class's SQL on H2, so that a new native query cannot arrive without one.
 */
class NativeSqlOnH2Test {

  /** Each class of the application that runs native SQL, and where it is run on H2. */
  static final Map<String, String> RUN_ON_H2 = new TreeMap<>(Map.ofEntries(
      Map.entry("audit/control/AuditChainCommand.java", "NativeSqlOnH2Test"),
      Map.entry("candidates/boundary/CandidateDirectory.java", "NativeSqlOnH2Test"),
      Map.entry("candidates/control/ErasureEngine.java", "NativeSqlOnH2Test"),
      Map.entry("consent/boundary/Newsletter.java", "NativeSqlOnH2Test"),
      Map.entry("demo/boundary/DemoDataLoader.java", "DefaultRunIT (the demo loads on H2)"),
      Map.entry("demo/control/DemoDataGenerator.java", "DefaultRunIT (the demo loads on H2)"),
      Map.entry("erasure/control/ErasureChecks.java", "NativeSqlOnH2Test"),
      Map.entry("erasure/control/ErasureJobs.java", "ErasureStatementsTest, NativeSqlOnH2Test"),
      Map.entry("erasure/control/ResidueScanner.java", "ResidueScannerTest"),
      Map.entry("export/control/PersonRecipients.java", "ExportsOnH2Test (a person's own recipients)"),
      Map.entry("export/control/Snapshot.java", "ExportsOnH2Test"),
      Map.entry("export/control/SubjectExport.java", "ExportsOnH2Test"),
      Map.entry("export/control/TableWriter.java", "ExportsOnH2Test"),
      Map.entry("requests/boundary/CustomerRequests.java", "RequestsOnH2Test"),
      Map.entry("requests/boundary/RequestWorkflow.java", "RequestsOnH2Test"),
      Map.entry("platform/boundary/SchemaMigration.java", "DefaultRunIT (every start on H2)"),
      Map.entry("retention/control/Sql.java", "SweepsOnH2Test")));

  private static final Pattern NATIVE = Pattern.compile(
      "createNativeQuery\\(|prepareStatement\\(|createStatement\\(|@NamedNativeQuery|\\bSql\\.(update|count|ids|prepare)\\(");

  @Test
  void everyClassThatRunsNativeSqlHasItsTestOnH2() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("src/main/java", "../web/src/main/java", "../persistence/src/main/java")) {
      Path root = Path.of(module, "com/genuka/privacy");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (NATIVE.matcher(Files.readString(f)).find()) {
            found.add(root.relativize(f).toString().replace('\\', '/'));
          }
        }
      }
    }
    List<String> retentionHelpers = found.stream().filter(f -> f.startsWith("retention/control/")).toList();
    found.removeAll(retentionHelpers); // the sweeps pass their SQL to Sql, each sweep run by SweepsOnH2Test
    found.add("retention/control/Sql.java");
    List<String> missing = found.stream().distinct().filter(f -> !RUN_ON_H2.containsKey(f)).toList();
    assertEquals(List.of(), missing, "native SQL with no test on H2: add one and list it in RUN_ON_H2");
  }

  @Test
  void everyStatementOfTheErasureEngineIsValidOnH2() throws Exception {
    List<String> statements = new ArrayList<>();
    for (Field f : ErasureStatements.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        String sql = (String) f.get(null);
        if (sql.matches("(?is)\\s*(SELECT|UPDATE|DELETE|INSERT|WITH)\\b.*")) {
          statements.add(sql);
        }
      }
    }
    ErasureStatements.BATCHES.values().forEach(b -> statements.add(b.sql()));
    assertTrue(statements.size() > 10, "statements found: " + statements.size());
    try (Connection c = H2.fresh()) {
      for (String sql : statements) {
        try {
          c.prepareStatement(sql).close(); // H2 parses, resolves names and types here
        } catch (SQLException e) {
          throw new AssertionError("refused by H2: " + sql, e);
        }
      }
    }
  }

  @Test
  void theCandidatesDeskFindsTheErasureEngineOnH2() throws SQLException {
    try (Connection c = H2.fresh(); ResultSet r = c.createStatement().executeQuery(ErasureEngine.ENGINE_TABLES)) {
      r.next();
      assertEquals(1, r.getLong(1));
    }
  }

  @Test
  void theAuditChainIsVerifiedOnH2() throws SQLException {
    try (Connection c = H2.fresh()) {
      assertEquals("audit_chain: sound", AuditChainCommand.verify(c).get(1));
    }
  }

  @Test
  void aJobsFinalCheckCountsWhatIsLeftOnH2() throws Exception {
    String url = "jdbc:h2:mem:checks-" + java.util.UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("");
    ErasureChecks checks = new ErasureChecks();
    checks.dataSource = ds;
    long[] person;
    try (Connection c = ds.getConnection()) {
      person = H2.person(c, "zoe@example.org", "Zoé", null, 2);
    }
    assertTrue(checks.partitionTables().size() > 0);
    ErasureChecks.Verification tenant = checks.verify(new JobInfo(1, JobKind.TENANT, 1, null, person[0], null));
    assertTrue(tenant.failure() == null || tenant.failure().startsWith("rows left"), tenant.failure());
    ErasureChecks.Verification recordings = checks.verify(new JobInfo(2, JobKind.RECORDINGS, 1, person[1], null, null));
    assertTrue(recordings.failure() != null && recordings.failure().startsWith("rows left: session_recording ("),
        "the person's recording is counted: " + recordings.failure());
  }

  @Test
  void theNewslettersAudienceIsTheCustomersWhoseLatestMarketingChoiceIsYes() throws SQLException {
    try (Connection c = H2.fresh()) {
      long[] yes = H2.person(c, "yes@example.org", "Yes", null, 0); // granted at sign-up (H2.person)
      long[] no = H2.person(c, "no@example.org", "No", null, 0);
      long policy = H2.count(c, "SELECT MIN(id) FROM policy_version");
      H2.update(c, "INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
          + " VALUES (?, 'MARKETING', FALSE, ?, 'PORTAL', ?)", no[1], java.time.Instant.parse("2026-03-02T10:00:00Z"), policy);
      H2.update(c, "INSERT INTO user_role (user_id, role) VALUES (?, 'CUSTOMER'), (?, 'CUSTOMER')", yes[1], no[1]);
      List<Long> ids = new ArrayList<>();
      try (var p = c.prepareStatement(com.genuka.privacy.consent.boundary.Newsletter.SUBSCRIBED_IDS)) {
        p.setLong(1, 0);
        p.setInt(2, 500);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ids.add(r.getLong(1));
          }
        }
      }
      assertEquals(List.of(yes[1]), ids, "the one who said yes last, not the one who withdrew");
    }
  }

  @Test
  void theCandidatesWhoObjectedAreFoundOnH2() throws SQLException {
    try (Connection c = H2.fresh()) {
      java.time.Instant now = java.time.Instant.now();
      long objected = H2.insert(c, "INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at,"
          + " last_contact_at, created_at, objected_to_retention) VALUES ('a', 'A', 'a@example.org', 'Dev', 'REJECTED',"
          + " ?, ?, ?, TRUE)", now, now, now);
      H2.insert(c, "INSERT INTO candidate (subject_ref, full_name, email, position, state, applied_at, last_contact_at,"
          + " created_at) VALUES ('b', 'B', 'b@example.org', 'Dev', 'APPLIED', ?, ?, ?)", now, now, now);
      try (ResultSet r = c.createStatement().executeQuery(
          com.genuka.privacy.candidates.boundary.CandidateDirectory.OBJECTED)) {
        assertTrue(r.next());
        assertEquals(objected, r.getLong(1));
        assertTrue(!r.next(), "only the one who objected");
      }
    }
  }
}
