package com.genuka.privacy.export.control;

import static com.genuka.privacy.export.control.Html.esc;

import com.genuka.privacy.export.control.SchemaCatalogue.Table;
import com.genuka.privacy.export.control.ZipPackage.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes a full export of a company's database (R-R4): the company's row and every table of its
 * partition, found in the database's catalogue ({@code tenant_*} tables with a {@code tenant_id}),
 * each as JSON and CSV, with the media references, a manifest and the checksums of every file.
 */
public final class TenantExport {

  private final Connection connection;
  private final long tenantId;
  private final Map<String, String> queries = new LinkedHashMap<>();

  public TenantExport(Connection connection, long tenantId) throws SQLException {
    this.connection = connection;
    this.tenantId = tenantId;
    queries.put("tenant", "SELECT * FROM tenant WHERE id = ?");
    for (Table t : SchemaCatalogue.tenantPartition(connection)) {
      String order = t.primaryKey().isEmpty() ? "" : " ORDER BY "
          + String.join(", ", t.primaryKey().stream().map(SchemaCatalogue::quote).toList());
      queries.put(t.lowerName(), "SELECT * FROM " + t.sql() + " WHERE tenant_id = ?" + order);
    }
  }

  public List<String> tables() {
    return List.copyOf(queries.keySet());
  }

  public Map<String, Long> count() throws SQLException {
    TableWriter counter = new TableWriter(connection, null, null, n -> {});
    Map<String, Long> counts = new LinkedHashMap<>();
    for (var q : queries.entrySet()) {
      counts.put(q.getKey(), counter.count(q.getValue(), tenantId));
    }
    return counts;
  }

  public Map<String, Long> write(ZipPackage zip, Path scratch, Texts texts, String companyName,
      String reference, Instant generatedAt, ZoneId zone, LongConsumer progress) throws SQLException, IOException {
    TableWriter writer = new TableWriter(connection, zip, scratch, progress);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (var q : queries.entrySet()) {
      rows.put(q.getKey(), writer.write("tables/" + q.getKey(), q.getValue(), tenantId));
    }
    List<Entry> entries = zip.entries();
    long media = rows.getOrDefault("tenant_media", 0L);
    zip.textEntry("index.html", summary(texts, companyName, rows, entries, reference, generatedAt, zone, media));
    zip.textEntry("manifest.json", manifest(companyName, rows, entries, reference, generatedAt, media));
    return rows;
  }

  private String summary(Texts t, String company, Map<String, Long> rows, List<Entry> entries, String reference,
      Instant generatedAt, ZoneId zone, long media) {
    String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(t.formatLocale()).format(generatedAt.atZone(zone));
    StringBuilder h = new StringBuilder(Html.head(t.language(), t.get("tenant.title", company)));
    h.append("<h1>").append(esc(t.get("tenant.title", company))).append("</h1>\n<p>")
        .append(esc(t.get("tenant.lead", when, reference))).append("</p>\n<table><thead><tr><th scope=\"col\">")
        .append(esc(t.get("tenant.table"))).append("</th><th scope=\"col\">").append(esc(t.get("export.rows")))
        .append("</th><th scope=\"col\">").append(esc(t.get("export.file"))).append("</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n");
    for (var r : rows.entrySet()) {
      for (Entry e : entries) {
        if (e.name().startsWith("tables/" + r.getKey() + ".")) {
          h.append("<tr><th scope=\"row\">").append(esc(r.getKey())).append("</th><td>")
              .append(SubjectExport.number(t, r.getValue())).append("</td><td><a href=\"").append(esc(e.name()))
              .append("\">").append(esc(e.name())).append("</a></td><td><code>").append(e.sha256()).append("</code></td></tr>\n");
        }
      }
    }
    h.append("</tbody></table>\n<p>").append(esc(t.get("tenant.media", media))).append("</p>\n<p id=\"csv-formulas\">")
        .append(esc(t.get("export.csvFormulas"))).append("</p>\n<p class=\"muted\">")
        .append(esc(t.get("export.checksums"))).append("</p>\n");
    return h.append(Html.foot()).toString();
  }

  private String manifest(String company, Map<String, Long> rows, List<Entry> entries, String reference,
      Instant generatedAt, long media) {
    StringBuilder j = new StringBuilder("{\n\"format\": \"genuka-tenant-export/1\",\n");
    j.append("\"request\": ").append(JsonRows.quoted(reference)).append(",\n");
    j.append("\"tenant_id\": ").append(tenantId).append(",\n");
    j.append("\"company\": ").append(JsonRows.quoted(company)).append(",\n");
    j.append("\"generated_at\": ").append(JsonRows.quoted(generatedAt.toString())).append(",\n");
    j.append("\"media_references\": {\"table\": \"tenant_media\", \"column\": \"storage_key\", \"count\": ")
        .append(media).append("},\n\"tables\": [");
    boolean first = true;
    for (var r : rows.entrySet()) {
      j.append(first ? "\n" : ",\n");
      first = false;
      j.append(" {\"name\": ").append(JsonRows.quoted(r.getKey())).append(", \"rows\": ").append(r.getValue())
          .append(", \"files\": [");
      j.append(String.join(", ", entries.stream().filter(e -> e.name().startsWith("tables/" + r.getKey() + "."))
          .map(SubjectExport::file).toList()));
      j.append("]}");
    }
    return j.append("\n]\n}\n").toString();
  }
}
