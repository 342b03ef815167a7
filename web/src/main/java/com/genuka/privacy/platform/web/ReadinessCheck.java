package com.genuka.privacy.platform.web;

import com.genuka.privacy.platform.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema migrations have run (/health/ready). */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  @EJB SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection c = dataSource.getConnection()) {
      database = c.isValid(2);
    } catch (SQLException e) {
      database = false;
    }
    boolean migrated = migration.isMigrated();
    return HealthCheckResponse.named("database")
        .status(database && migrated)
        .withData("reachable", database)
        .withData("migrated", migrated)
        .withData("schemaVersion", String.valueOf(migration.getSchemaVersion()))
        .build();
  }
}
