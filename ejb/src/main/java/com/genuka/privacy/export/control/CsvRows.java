package com.genuka.privacy.export.control;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote, a line break or edge spaces). A SQL NULL is an empty field. Values are written as
 * they are: a portability copy must not alter the data.
 */
public final class CsvRows {

  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);

  public CsvRows(Writer out, String[] names) throws IOException {
    this.out = out;
    row(names);
  }

  public void row(String[] cells) throws IOException {
    // Built in memory and written in one call, as JsonRows does.
    StringBuilder b = line;
    b.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = cells[i];
      if (v != null) {
        field(b, v);
      }
    }
    b.append("\r\n");
    out.append(b);
  }

  private static void field(StringBuilder b, String v) {
    boolean quote = !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(v);
      return;
    }
    b.append('"');
    int start = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '"') {
        b.append(v, start, i + 1).append('"');
        start = i + 1;
      }
    }
    b.append(v, start, v.length()).append('"');
  }
}
