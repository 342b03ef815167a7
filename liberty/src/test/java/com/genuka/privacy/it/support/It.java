package com.genuka.privacy.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Where the integration-test server and its database are (set by the build, see liberty/pom.xml). */
public final class It {

  public static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9181");

  /** The portal's time zone (genuka.zone): its calendar days, due dates and deletion days. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

  /**
   * Today as the portal counts days. This JVM runs in UTC: between 23:00 and midnight UTC (22:00
   * in summer) its own date is the portal's yesterday.
   */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(ZONE);
  }
  public static final String DB_URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/genuka_it");
  public static final String DB_USER = System.getProperty("it.db.user", "postgres");
  public static final String DB_PASSWORD = System.getProperty("it.db.password", "postgres");
  public static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private It() {}

  public static String url(String path) {
    return BASE_URL + path;
  }

  /** How many incidents (failures of ours, logged with the number a 500 page shows) the server has logged. */
  public static long incidents() {
    String log = System.getProperty("it.server.log");
    if (log == null) {
      throw new IllegalStateException("it.server.log is not set: run the tests through the build");
    }
    try (var lines = Files.lines(Path.of(log), StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains(" E Incident ")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
