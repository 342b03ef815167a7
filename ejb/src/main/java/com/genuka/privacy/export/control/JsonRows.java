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
  private boolean first = true;

  public JsonRows(Writer out, String[] names, ColumnKind[] kinds) throws IOException {
    this.out = out;
    this.kinds = kinds;
    this.keys = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      StringBuilder key = new StringBuilder();
      quote(key, names[i]);
      keys[i] = key.append(':').toString();
    }
    out.write('[');
  }

  public void row(String[] cells) throws IOException {
    out.write(first ? "\n{" : ",\n{");
    first = false;
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(keys[i]);
      String v = cells[i];
      if (v == null) {
        out.write("null");
      } else if (kinds[i] == ColumnKind.INTEGER || kinds[i] == ColumnKind.DECIMAL || kinds[i] == ColumnKind.BOOLEAN) {
        out.write(v);
      } else {
        writeQuoted(out, v);
      }
    }
    out.write('}');
  }

  public void end() throws IOException {
    out.write(first ? "]\n" : "\n]\n");
  }

  public static void writeQuoted(Writer out, String s) throws IOException {
    out.write('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String escape = null;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
        escape = switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> String.format("\\u%04x", (int) c);
        };
      }
      if (escape != null) {
        out.write(s, start, i - start);
        out.write(escape);
        start = i + 1;
      }
    }
    out.write(s, start, n - start);
    out.write('"');
  }

  public static String quoted(String s) {
    StringBuilder b = new StringBuilder();
    quote(b, s);
    return b.toString();
  }

  private static void quote(StringBuilder b, String s) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      writeQuoted(w, s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    b.append(w);
  }
}
