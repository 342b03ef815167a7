package com.genuka.privacy.export.control;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows as a JSON array of objects, one object per line, as they arrive: nothing is held
 * but the current row. Strings are escaped per RFC 8259.
 */
public final class JsonRows {

  private final Writer out;
  private final String[] keys;
  private final ColumnKind[] kinds;
  private final StringBuilder line = new StringBuilder(256);
  private boolean first = true;

  public JsonRows(Writer out, String[] names, ColumnKind[] kinds) throws IOException {
    this.out = out;
    this.kinds = kinds;
    this.keys = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      keys[i] = quoted(names[i]) + ':';
    }
    out.write('[');
  }

  public void row(String[] cells) throws IOException {
    // The row is built in memory and written in one call: a writer's per-call locking and checks
    // would otherwise cost more than the formatting on a million rows.
    StringBuilder b = line;
    b.setLength(0);
    b.append(first ? "\n{" : ",\n{");
    first = false;
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(keys[i]);
      String v = cells[i];
      if (v == null) {
        b.append("null");
      } else if (kinds[i] == ColumnKind.INTEGER || kinds[i] == ColumnKind.DECIMAL || kinds[i] == ColumnKind.BOOLEAN) {
        b.append(v);
      } else {
        quote(b, v);
      }
    }
    b.append('}');
    out.append(b);
  }

  public void end() throws IOException {
    out.write(first ? "]\n" : "\n]\n");
  }

  public static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    quote(b, s);
    return b.toString();
  }

  /** Appends {@code s} as a JSON string, escaped per RFC 8259. */
  static void quote(StringBuilder b, String s) {
    b.append('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      b.append(s, start, i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(String.format("\\u%04x", (int) c));
      }
      start = i + 1;
    }
    b.append(s, start, n);
    b.append('"');
  }
}
