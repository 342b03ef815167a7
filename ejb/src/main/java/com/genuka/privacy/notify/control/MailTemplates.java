package com.genuka.privacy.notify.control;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail templates: {@code mail/<kind>_fr.properties} and {@code mail/<kind>_en.properties} with a
 * {@code subject} and a plain-text {@code body}. {@code {name}} placeholders take the mail's
 * values; a placeholder without a value is an error, so a template and its caller cannot drift
 * apart unnoticed. The HTML part is built from the text: blank lines separate paragraphs, a line
 * holding only an address becomes a link.
 */
public final class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");
  private static final Pattern URL_LINE = Pattern.compile("^https?://\\S+$");

  private MailTemplates() {}

  /** A rendered message. */
  public record Rendered(String subject, String text, String html) {}

  public static Rendered render(String kind, String language, Map<String, String> params, String unsubscribeUrl) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle("mail." + kind, locale, MailTemplates.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no e-mail template " + kind + " in " + language, e);
    }
    String subject = fill(bundle.getString("subject"), params, kind);
    String body = fill(bundle.getString("body"), params, kind);
    String footer = fill(common(locale, unsubscribeUrl == null ? "footer" : "footerMarketing"),
        unsubscribeUrl == null ? params : with(params, "unsubscribeUrl", unsubscribeUrl), kind);
    String text = body.strip() + "\n\n-- \n" + footer.strip() + "\n";
    return new Rendered(subject.strip(), text, html(subject.strip(), body, footer, language));
  }

  private static Map<String, String> with(Map<String, String> params, String key, String value) {
    Map<String, String> copy = new java.util.HashMap<>(params);
    copy.put(key, value);
    return copy;
  }

  private static String common(Locale locale, String key) {
    return ResourceBundle.getBundle("mail.common", locale, MailTemplates.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }

  static String fill(String template, Map<String, String> params, String kind) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("e-mail " + kind + " needs a value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    // "Bonjour {name}," with no name known (the public form does not ask for one): "Bonjour,".
    return NAMELESS_GREETING.matcher(out).replaceAll("$1,");
  }

  private static final Pattern NAMELESS_GREETING = Pattern.compile("^(Bonjour|Hello) +,", Pattern.MULTILINE);

  static String html(String subject, String body, String footer, String language) {
    StringBuilder h = new StringBuilder(2048);
    h.append("<!DOCTYPE html><html lang=\"").append(language).append("\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width\"><title>").append(escape(subject))
        .append("</title></head><body style=\"margin:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1b2430\">")
        .append("<div style=\"max-width:36rem;margin:0 auto;background:#ffffff;padding:1.5rem\">")
        .append("<p style=\"font-weight:bold;color:#0a4b8c;font-size:1.1rem;margin-top:0\">Genuka</p>");
    paragraphs(h, body, "font-size:1rem;line-height:1.5");
    h.append("<hr style=\"border:none;border-top:1px solid #d5dbe3;margin:1.5rem 0\">");
    paragraphs(h, footer, "font-size:.85rem;line-height:1.4;color:#4a5563");
    h.append("</div></body></html>");
    return h.toString();
  }

  private static void paragraphs(StringBuilder h, String text, String style) {
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      h.append("<p style=\"").append(style).append("\">");
      String[] lines = paragraph.strip().split("\\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (URL_LINE.matcher(line).matches()) {
          h.append("<a href=\"").append(escape(line)).append("\" style=\"color:#0a58a8\">").append(escape(line)).append("</a>");
        } else {
          h.append(escape(line));
        }
        if (i < lines.length - 1) {
          h.append("<br>");
        }
      }
      h.append("</p>");
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
