package com.genuka.privacy.it.support;

import java.time.Duration;

/** Where the integration-test server and its database are (set by the build, see liberty/pom.xml). */
public final class It {

  public static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9181");
  public static final String DB_URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/genuka_it");
  public static final String DB_USER = System.getProperty("it.db.user", "postgres");
  public static final String DB_PASSWORD = System.getProperty("it.db.password", "postgres");
  public static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private It() {}

  public static String url(String path) {
    return BASE_URL + path;
  }
}
