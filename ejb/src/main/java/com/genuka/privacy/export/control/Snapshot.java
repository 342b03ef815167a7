package com.genuka.privacy.export.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A read-only transaction on a pooled connection, for reads that stream. The connection's own
 * settings are not touched (a pooled connection whose isolation level was changed could not be
 * reset by the pool while PostgreSQL held a transaction open): on PostgreSQL the transaction
 * itself is declared repeatable-read and read-only, which gives a multi-table export one
 * consistent snapshot and ends with the transaction.
 */
public final class Snapshot implements AutoCloseable {

  private final Connection c;

  private Snapshot(Connection c) {
    this.c = c;
  }

  public static Snapshot begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
    if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
      try (Statement s = c.createStatement()) {
        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
    }
    return new Snapshot(c);
  }

  /** Ends the transaction (nothing was written) and gives the connection back as it was. */
  @Override
  public void close() throws SQLException {
    try {
      c.rollback();
    } finally {
      c.setAutoCommit(true);
    }
  }
}
