package com.genuka.privacy.platform.boundary;

import com.genuka.privacy.platform.entity.InstantConverter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects, once, before any other bean touches the
 * database: the other start-up beans {@code @DependsOn} this one. The schema belongs to the Flyway
 * migrations in the persistence module; JPA never generates DDL.
 *
 * <p>On Liberty, Flyway finds a classpath folder only when it holds a marker file named
 * {@code flyway.location}: hence the empty one in db/migration, and in db/callback, which Flyway
 * always looks at.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Policy versions whose texts ship with the application, French original and translation. */
  private static final String[] POLICY_TEXTS = {"2024-05-03"};

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  private volatile boolean migrated;
  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    Flyway flyway = Flyway.configure(InstantConverter.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .validateMigrationNaming(true)
        .load();
    MigrateResult result = flyway.migrate();
    schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
    loadPolicyTexts();
    migrated = true;
    LOG.info(() -> String.format("Schema migrations: %d applied, schema now at version %s (%s, %d ms)",
        result.migrationsExecuted, schemaVersion, result.database,
        (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * The policy texts are too long for a SQL migration; they ship as resources and are stored the
   * first time a version's row has none.
   */
  private void loadPolicyTexts() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(
            "UPDATE policy_version SET text_fr = ?, text_en = ? WHERE effective_date = ? AND text_fr IS NULL")) {
      for (String date : POLICY_TEXTS) {
        update.setString(1, resource("policy/" + date + ".fr.txt"));
        update.setString(2, resource("policy/" + date + ".en.txt"));
        update.setObject(3, LocalDate.parse(date));
        if (update.executeUpdate() > 0) {
          LOG.info(() -> "Stored the texts of the privacy policy of " + date);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the policy texts", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = SchemaMigration.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }
}
