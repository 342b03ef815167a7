package com.genuka.privacy.export.control;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote, a line break or edge spaces). A SQL NULL is an empty field.
 *
 * <p>A spreadsheet opening the file runs any cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula (CSV injection, CWE-1236): a name such as
 * {@code =HYPERLINK(…)} typed by anyone would run on the reader's machine. As OWASP recommends,
 * such a text field is written with a single quote before it, and quoted. Numbers, dates and
 * booleans read from typed columns cannot be formulas and are written as they are (a negative
 * amount stays a number). The JSON files beside the CSV keep every value exactly.
 */
public final class CsvRows {

  private final Writer out;
  /** The columns' kinds, once the header (all text) is written; null: every column is text. */
  private ColumnKind[] kinds;
  private final StringBuilder line = new StringBuilder(256);

  /** Every column treated as text: any of them may be neutralised. */
  public CsvRows(Writer out, String[] names) throws IOException {
    this(out, names, null);
  }

  /** {@code kinds} tells which columns are typed (numbers, dates, booleans) rather than free text. */
  public CsvRows(Writer out, String[] names, ColumnKind[] kinds) throws IOException {
    this.out = out;
    row(names);
    this.kinds = kinds;
  }

  public void row(String[] cells) throws IOException {
    // Built in memory and written in one call, as JsonRows does.
    StringBuilder b = line;
    b.setLength(0);
    ColumnKind[] k = kinds;
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = cells[i];
      if (v != null) {
        field(b, v, k == null || i >= k.length || k[i] == ColumnKind.TEXT || k[i] == ColumnKind.BINARY);
      }
    }
    b.append("\r\n");
    out.append(b);
  }

  /** Whether a spreadsheet would read the value as a formula (OWASP's list). */
  public static boolean looksLikeFormula(String v) {
    if (v.isEmpty()) {
      return false;
    }
    char c = v.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static void field(StringBuilder b, String v, boolean text) {
    boolean formula = text && looksLikeFormula(v);
    boolean quote = formula || !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(v);
      return;
    }
    b.append('"');
    if (formula) {
      b.append('\'');
    }
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
