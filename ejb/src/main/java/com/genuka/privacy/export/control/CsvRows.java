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

  public CsvRows(Writer out, String[] names) throws IOException {
    this.out = out;
    row(names);
  }

  public void row(String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      String v = cells[i];
      if (v != null) {
        field(v);
      }
    }
    out.write("\r\n");
  }

  private void field(String v) throws IOException {
    boolean quote = !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(v);
      return;
    }
    out.write('"');
    int start = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '"') {
        out.write(v, start, i + 1 - start);
        out.write('"');
        start = i + 1;
      }
    }
    out.write(v, start, v.length() - start);
    out.write('"');
  }
}
