package com.genuka.privacy.export.control;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads the current row of a result set into reusable text cells, once, for every writer that
 * needs it. Timestamps hold UTC (the schema's convention), so they are written as ISO-8601 instants
 * with a Z.
 */
public final class RowReader {

  private final ResultSet rs;
  private final String[] names;
  private final ColumnKind[] kinds;
  private final String[] cells;

  public RowReader(ResultSet rs) throws SQLException {
    this.rs = rs;
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    names = new String[n];
    kinds = new ColumnKind[n];
    cells = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
      kinds[i] = ColumnKind.of(md.getColumnType(i + 1));
    }
  }

  public String[] names() {
    return names;
  }

  public ColumnKind[] kinds() {
    return kinds;
  }

  /** Fills the cells from the current row; a null cell is SQL NULL. */
  public String[] read() throws SQLException {
    for (int i = 0; i < cells.length; i++) {
      int col = i + 1;
      cells[i] = switch (kinds[i]) {
        case BOOLEAN -> {
          boolean b = rs.getBoolean(col);
          yield rs.wasNull() ? null : b ? "true" : "false";
        }
        case TIMESTAMP -> isoInstant(rs, col);
        case BINARY -> {
          byte[] bytes = rs.getBytes(col);
          yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
        }
        default -> rs.getString(col);
      };
    }
    return cells;
  }

  /**
   * The driver's text of a TIMESTAMP ("2024-05-03 10:15:30.25") is already the UTC wall clock:
   * turning it into ISO-8601 costs a character swap, not a parse. Anything else is parsed.
   */
  static String isoInstant(ResultSet rs, int col) throws SQLException {
    String text = rs.getString(col);
    if (text == null) {
      return null;
    }
    if (text.length() >= 19 && text.charAt(10) == ' ' && text.charAt(4) == '-' && text.indexOf('+') < 0
        && text.lastIndexOf('-') == 7) {
      return text.substring(0, 10) + 'T' + text.substring(11) + 'Z';
    }
    LocalDateTime value = rs.getObject(col, LocalDateTime.class);
    return value == null ? null : value + "Z";
  }
}
