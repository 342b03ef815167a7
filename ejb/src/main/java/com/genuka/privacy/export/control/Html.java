package com.genuka.privacy.export.control;

/** Escaping for the HTML the engines write (summaries, receipts). */
public final class Html {

  private Html() {}

  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The head of a standalone page, readable offline: no script, styles inline. */
  public static String head(String language, String title) {
    return "<!DOCTYPE html>\n<html lang=\"" + esc(language) + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
        + "</title>\n<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;"
        + "margin:2rem auto;padding:0 1rem;color:#1d2330;line-height:1.5}\nh1{font-size:1.6rem}"
        + "h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d5d9e2}\n"
        + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\n"
        + "th,td{border:1px solid #d5d9e2;padding:.35rem .5rem;text-align:left;vertical-align:top}\n"
        + "th{background:#f2f4f8}\ndl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}"
        + "dt{font-weight:600}\ndd{margin:0}\n.muted{color:#5a6272}\n</style>\n</head>\n<body>\n<main>\n";
  }

  public static String foot() {
    return "</main>\n</body>\n</html>\n";
  }
}
