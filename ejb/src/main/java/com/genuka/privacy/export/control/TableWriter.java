package com.genuka.privacy.export.control;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * Streams one query into {@code <base>.json} and {@code <base>.csv} of an archive in a single pass
 * over the rows. An archive takes one entry at a time, so both are {@link DeflatedPart parts},
 * compressed side by side on threads of their own while the rows are read, then added as they are.
 * The query runs with a forward-only cursor and a fetch size, which on PostgreSQL streams only
 * inside a transaction: the caller's connection must have auto-commit off.
 */
public final class TableWriter {

  /** Rows per round trip to the database: a few MiB at most, and few enough waits on the network. */
  public static final int FETCH_SIZE = 10_000;
  private static final int PROGRESS_EVERY = 10_000;
  private static final java.util.regex.Pattern TRAILING_ORDER =
      java.util.regex.Pattern.compile("\\s+ORDER BY\\s+[^()']*$", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Connection connection;
  private final ZipPackage zip;
  private final Path scratch;
  private final LongConsumer progress;

  /**
   * @param scratch a directory for the side files, on the same disk as the archive
   * @param progress told how many rows were written since it was last told
   */
  public TableWriter(Connection connection, ZipPackage zip, Path scratch, LongConsumer progress) {
    this.connection = connection;
    this.zip = zip;
    this.scratch = scratch;
    this.progress = progress;
  }

  /** Writes the rows of {@code sql}; returns how many there were. */
  public long write(String base, String sql, Object... params) throws SQLException, IOException {
    long rows = 0;
    try (DeflatedPart jsonPart = zip.part(base + ".json", scratch);
        DeflatedPart csvPart = zip.part(base + ".csv", scratch);
        PreparedStatement p = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      p.setFetchSize(FETCH_SIZE);
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        RowReader reader = new RowReader(rs);
        JsonRows json = new JsonRows(jsonPart.writer(), reader.names(), reader.kinds());
        CsvRows csv = new CsvRows(csvPart.writer(), reader.names(), reader.kinds());
        long unreported = 0;
        while (rs.next()) {
          String[] cells = reader.read();
          json.row(cells);
          csv.row(cells);
          rows++;
          if (++unreported == PROGRESS_EVERY) {
            progress.accept(unreported);
            unreported = 0;
          }
        }
        json.end();
        progress.accept(unreported);
      }
      zip.add(jsonPart, rows);
      zip.add(csvPart, rows);
      return rows;
    }
  }

  /** Counts what {@code write} would write, for the progress bar. */
  public long count(String sql, Object... params) throws SQLException {
    // Without its ORDER BY: counting needs no sort, and the database may not drop one from a subquery.
    String unordered = TRAILING_ORDER.matcher(sql).replaceFirst("");
    try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM (" + unordered + ") counted")) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void bind(PreparedStatement p, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      if (v instanceof Instant instant) {
        p.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (v instanceof LocalDate date) {
        p.setObject(i + 1, date);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }
}
