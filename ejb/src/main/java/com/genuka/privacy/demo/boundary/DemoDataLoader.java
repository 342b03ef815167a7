package com.genuka.privacy.demo.boundary;

import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.demo.control.DemoDataGenerator;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data once, into an empty database, when {@code genuka.demo.enabled} is true (the
 * default run and the integration tests). A database that already holds accounts is never touched.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "genuka.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!enabled) {
      LOG.info("Demo data disabled (genuka.demo.enabled=false)");
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (hasAccounts(c)) {
        LOG.info("Demo data not loaded: the database already holds accounts");
        return;
      }
      long started = System.nanoTime();
      DemoDataGenerator.Summary s = new DemoDataGenerator(c, clock.now(), clock.zone()).loadDemo();
      audit.append(AuditEntry.of(Actor.SYSTEM, "DEMO_DATA_LOADED").summary(s.toString()));
      LOG.info(() -> String.format("Demo data loaded: %d accounts, %d companies, %d browser-log rows,"
              + " %d candidates, %d requests (%d ms)", s.accounts(), s.tenants(), s.browserLogRows(),
          s.candidates(), s.requests(), (System.nanoTime() - started) / 1_000_000));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
  }

  private static boolean hasAccounts(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM user_account")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }
}
