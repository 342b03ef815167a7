package com.genuka.privacy.export.control;

import static com.genuka.privacy.export.control.Html.esc;

import com.genuka.privacy.export.control.SubjectSections.Section;
import com.genuka.privacy.export.control.ZipPackage.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes a person's access and portability copy (GDPR art. 15 and 20, R-R8): for every category
 * held about them, the data as JSON and CSV, their documents as they are, a summary page in their
 * language that gives each category's purpose, source, recipients and retention period and their
 * other rights, and a manifest with every file's checksum. Rows are streamed from the database to
 * the archive; only the current row is ever in memory.
 */
public final class SubjectExport {

  /** What the copy holds: rows per section ({@code folder/file}). */
  public record Result(Map<String, Long> rows, List<Entry> entries) {}

  private final Connection connection;
  private final ExportSubject subject;
  private final List<Section> sections;

  public SubjectExport(Connection connection, ExportSubject subject) {
    this(connection, subject, "fr");
  }

  /** A copy whose rows that we word ourselves (the audit trail's descriptions) are in {@code language}. */
  public SubjectExport(Connection connection, ExportSubject subject, String language) {
    this.connection = connection;
    this.subject = subject;
    this.sections = SubjectSections.of(subject, language);
  }

  /** Rows per section, counted before writing for the progress bar and to skip empty ones. */
  public Map<String, Long> count() throws SQLException {
    TableWriter counter = new TableWriter(connection, null, null, n -> {});
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Section s : sections) {
      counts.put(s.base(), counter.count(s.sql(), s.params()));
    }
    return counts;
  }

  public Result write(ZipPackage zip, Path scratch, Map<String, Long> counts, Texts texts,
      Map<String, CategoryFacts> facts, String reference, Instant generatedAt, ZoneId zone,
      String backupPeriod, LongConsumer progress) throws SQLException, IOException {
    TableWriter tables = new TableWriter(connection, zip, scratch, progress);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Section s : sections) {
      if (counts.getOrDefault(s.base(), 0L) > 0) {
        rows.put(s.base(), tables.write(s.base(), s.sql(), s.params()));
      }
    }
    List<String> documents = writeDocuments(zip);
    List<Entry> dataEntries = zip.entries();
    facts = recipientsOfThisPerson(texts, facts);
    zip.textEntry("index.html", summary(texts, facts, rows, documents, reference, generatedAt, zone, backupPeriod));
    zip.textEntry("manifest.json", manifest(texts, facts, dataEntries, reference, generatedAt));
    return new Result(rows, zip.entries());
  }

  /** Art. 15(1)(c): the recipients this person's data went to, by the rule the category pages use too. */
  Map<String, CategoryFacts> recipientsOfThisPerson(Texts t, Map<String, CategoryFacts> facts)
      throws SQLException {
    return PersonRecipients.of(connection, subject, t, facts);
  }

  /** Copies the person's application documents (CV, cover letter) into the archive. */
  private List<String> writeDocuments(ZipPackage zip) throws SQLException, IOException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(SubjectSections.documentsQuery(),
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      p.setFetchSize(10);
      TableWriter.bind(p, subject.candidateKey(), subject.emailKey(), subject.emailKey());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String name = "C2_candidate/documents/" + rs.getLong(1) + "-" + safeFileName(rs.getString(2));
          OutputStream out = zip.binary(name);
          try (InputStream in = rs.getBinaryStream(3)) {
            if (in != null) {
              in.transferTo(out);
            }
          }
          zip.end(0);
          names.add(name);
        }
      }
    }
    return names;
  }

  static String safeFileName(String name) {
    String cleaned = name == null ? "document" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.isEmpty() || cleaned.startsWith(".") ? "document" + cleaned : cleaned;
  }

  private String summary(Texts t, Map<String, CategoryFacts> facts, Map<String, Long> rows,
      List<String> documents, String reference, Instant generatedAt, ZoneId zone, String backupPeriod) {
    String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(t.formatLocale()).format(generatedAt.atZone(zone));
    StringBuilder h = new StringBuilder(Html.head(t.language(), t.get("export.title")));
    h.append("<h1>").append(esc(t.get("export.title"))).append("</h1>\n<p>")
        .append(esc(t.get("export.lead", when, reference))).append("</p>\n");
    h.append("<nav aria-labelledby=\"toc\"><h2 id=\"toc\">").append(esc(t.get("export.contents"))).append("</h2><ul>\n");
    for (String code : SubjectSections.CATEGORIES) {
      h.append("<li><a href=\"#").append(code).append("\">").append(esc(facts.get(code).title())).append("</a></li>\n");
    }
    h.append("<li><a href=\"#C6\">").append(esc(t.get("category.C6.title"))).append("</a></li>\n")
        .append("<li><a href=\"#rights\">").append(esc(t.get("export.rights.title"))).append("</a></li>\n</ul></nav>\n");
    for (String code : SubjectSections.CATEGORIES) {
      CategoryFacts f = facts.get(code);
      h.append("<section id=\"").append(code).append("\" aria-labelledby=\"h-").append(code).append("\">\n<h2 id=\"h-")
          .append(code).append("\">").append(esc(f.title())).append("</h2>\n");
      List<Section> held = sections.stream().filter(s -> s.category().equals(code) && rows.containsKey(s.base())).toList();
      if (held.isEmpty()) {
        h.append("<p class=\"muted\">").append(esc(t.get("export.nothingHeld"))).append("</p>\n");
      } else {
        h.append("<table><thead><tr><th scope=\"col\">").append(esc(t.get("export.data")))
            .append("</th><th scope=\"col\">").append(esc(t.get("export.file")))
            .append("</th><th scope=\"col\">").append(esc(t.get("export.rows"))).append("</th></tr></thead><tbody>\n");
        for (Section s : held) {
          h.append("<tr><th scope=\"row\">").append(esc(s.file())).append("</th><td><a href=\"")
              .append(esc(s.base())).append(".json\">JSON</a> · <a href=\"").append(esc(s.base()))
              .append(".csv\">CSV</a></td><td>").append(number(t, rows.get(s.base())))
              .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if ("C2".equals(code) && !documents.isEmpty()) {
          h.append("<p><strong>").append(esc(t.get("export.documents"))).append("</strong></p>\n<ul>\n");
          for (String doc : documents) {
            h.append("<li><a href=\"").append(esc(doc)).append("\">")
                .append(esc(doc.substring(doc.lastIndexOf('/') + 1))).append("</a></li>\n");
          }
          h.append("</ul>\n");
        }
      }
      h.append(facts(t, f)).append("</section>\n");
    }
    CategoryFacts c6 = facts.get("C6");
    String[] backup = backupPeriod.split(" ");
    h.append("<section id=\"C6\" aria-labelledby=\"h-C6\"><h2 id=\"h-C6\">").append(esc(c6.title())).append("</h2>\n<p>")
        .append(esc(t.get("export.c6", backup[0], t.get("unit." + backup[1], Integer.parseInt(backup[0])), names(t, c6)))).append("</p>\n<p>")
        .append(esc(t.get("export.c4", names(t, facts.get("C4"))))).append("</p></section>\n");
    h.append("<section id=\"rights\" aria-labelledby=\"h-rights\"><h2 id=\"h-rights\">")
        .append(esc(t.get("export.rights.title"))).append("</h2>\n<ul>\n");
    for (int i = 1; i <= 5; i++) {
      h.append("<li>").append(esc(t.get("export.rights." + i))).append("</li>\n");
    }
    h.append("</ul>\n<p>").append(esc(t.get("export.rights.contact"))).append("</p>\n<p id=\"csv-formulas\">")
        .append(esc(t.get("export.csvFormulas"))).append("</p>\n<p id=\"being-deleted\">")
        .append(esc(t.get("export.beingDeleted"))).append("</p>\n<p class=\"muted\">")
        .append(esc(t.get("export.checksums"))).append("</p></section>\n");
    return h.append(Html.foot()).toString();
  }

  static String facts(Texts t, CategoryFacts f) {
    StringBuilder h = new StringBuilder("<dl>\n");
    h.append("<dt>").append(esc(t.get("export.purpose"))).append("</dt><dd>").append(esc(f.purpose())).append("</dd>\n");
    h.append("<dt>").append(esc(t.get("export.source"))).append("</dt><dd>").append(esc(f.source())).append("</dd>\n");
    h.append("<dt>").append(esc(t.get("export.recipients"))).append("</dt><dd>");
    if (f.recipients().isEmpty()) {
      h.append(esc(t.get("recipients.none")));
    } else {
      h.append("<ul>");
      for (CategoryFacts.Recipient r : f.recipients()) {
        h.append("<li>").append(esc(r.name())).append(" — ").append(esc(r.location())).append(" (")
            .append(esc(t.get("recipients.group." + r.group()))).append(")</li>");
      }
      h.append("</ul>");
    }
    h.append("</dd>\n<dt>").append(esc(t.get("export.retention"))).append("</dt><dd>");
    h.append(String.join("<br>", f.retention().stream().map(Html::esc).toList()));
    return h.append("</dd>\n</dl>\n").toString();
  }

  private static String names(Texts t, CategoryFacts f) {
    if (f == null || f.recipients().isEmpty()) {
      return t.get("recipients.none");
    }
    return String.join(", ", f.recipients().stream().map(r -> r.name() + " (" + r.location() + ")").toList());
  }

  private String manifest(Texts t, Map<String, CategoryFacts> facts, List<Entry> entries, String reference,
      Instant generatedAt) {
    StringBuilder j = new StringBuilder("{\n\"format\": \"genuka-access-copy/1\",\n");
    j.append("\"request\": ").append(JsonRows.quoted(reference)).append(",\n");
    j.append("\"generated_at\": ").append(JsonRows.quoted(generatedAt.toString())).append(",\n");
    j.append("\"language\": ").append(JsonRows.quoted(t.language())).append(",\n\"categories\": [");
    boolean firstCategory = true;
    for (String code : SubjectSections.CATEGORIES) {
      CategoryFacts f = facts.get(code);
      j.append(firstCategory ? "\n" : ",\n");
      firstCategory = false;
      j.append(" {\"code\": ").append(JsonRows.quoted(code))
          .append(", \"title\": ").append(JsonRows.quoted(f.title()))
          .append(", \"purpose\": ").append(JsonRows.quoted(f.purpose()))
          .append(", \"source\": ").append(JsonRows.quoted(f.source()))
          .append(", \"retention\": [")
          .append(String.join(", ", f.retention().stream().map(JsonRows::quoted).toList()))
          .append("], \"recipients\": [");
      j.append(String.join(", ", f.recipients().stream().map(r -> "{\"name\": " + JsonRows.quoted(r.name())
          + ", \"location\": " + JsonRows.quoted(r.location()) + ", \"group\": " + JsonRows.quoted(r.group()) + "}").toList()));
      j.append("], \"files\": [");
      String prefix = sections.stream().filter(s -> s.category().equals(code)).map(Section::folder).findFirst().orElse(code) + "/";
      j.append(String.join(", ", entries.stream().filter(e -> e.name().startsWith(prefix)).map(SubjectExport::file).toList()));
      j.append("]}");
    }
    return j.append("\n]\n}\n").toString();
  }

  static String file(Entry e) {
    return "{\"path\": " + JsonRows.quoted(e.name()) + ", \"rows\": " + e.rows() + ", \"bytes\": " + e.bytes()
        + ", \"sha256\": " + JsonRows.quoted(e.sha256()) + "}";
  }

  static String number(Texts t, long n) {
    return java.text.NumberFormat.getIntegerInstance(t.formatLocale()).format(n);
  }
}
