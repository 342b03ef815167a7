package com.genuka.privacy.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the test server starts: drops and recreates the integration-test
 * database, so that every run starts from the migrations and the demo data alone.
 *
 * <p>Arguments: the JDBC URL of a maintenance database, the user, the database to recreate.
 */
public final class ResetTestDatabase {

  private ResetTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String adminUrl = args[0];
    String user = args[1];
    String database = args[2];
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unexpected database name " + database);
    }
    try (Connection c = DriverManager.getConnection(adminUrl, user, System.getProperty("it.db.password", ""));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    }
    System.out.println("Recreated the integration-test database " + database);
  }
}
