package com.genuka.privacy.erasure.control;

import static com.genuka.privacy.export.control.Html.esc;

import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.StepOutcome;
import com.genuka.privacy.export.control.Html;
import com.genuka.privacy.export.control.Texts;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The erasure receipt (R-R2, R-T7, GDPR art. 19), as an HTML page and as the text of its e-mail, in
 * the person's language: what was erased, what was kept and why and until when, the date the
 * erased data leaves the backups, and the providers told of the erasure. It names no one: only the
 * request's reference ties it to the person.
 */
public final class Receipt {

  /**
   * One step as the receipt reports it. Rows kept under holds that end on different days (invoices)
   * give the earliest end ({@code keptFrom}) and the latest ({@code keptUntil}); {@code
   * leavesBackupsBy} is when copies of the last of them leave the backups (R-T7).
   */
  public record Line(String code, StepOutcome outcome, long rows, LocalDate keptUntil, String detail,
      LocalDate keptFrom, LocalDate leavesBackupsBy) {

    public Line(String code, StepOutcome outcome, long rows, LocalDate keptUntil, String detail) {
      this(code, outcome, rows, keptUntil, detail, null, null);
    }
  }

  /** A provider told of the erasure. */
  public record Notice(String name, String location, String categories, Instant recordedAt) {}

  /** Everything the receipt says. {@code legalBasis} is the billing law of each country, by code. */
  public record Data(JobKind kind, String reference, Instant receivedAt, Instant completedAt, String companyName,
      List<Line> lines, List<Notice> notices, LocalDate leavesBackupsOn, Map<String, String> legalBasis,
      long companyDataHits, ZoneId zone) {}

  private final Texts t;
  private final Data d;

  public Receipt(Texts texts, Data data) {
    this.t = texts;
    this.d = data;
  }

  public String title() {
    return d.kind() == JobKind.SUBJECT ? t.get("receipt.title") : t.get("receipt.title." + d.kind().name());
  }

  public String lead() {
    String key = d.kind() == JobKind.TENANT ? "receipt.lead.TENANT" : "receipt.lead";
    return t.get(key, d.reference(), date(d.receivedAt()), date(d.completedAt()), d.companyName() == null ? "" : d.companyName());
  }

  public List<Line> erased() {
    return d.lines().stream().filter(l -> l.outcome() == StepOutcome.ERASED && l.rows() > 0).toList();
  }

  public List<Line> kept() {
    return d.lines().stream()
        .filter(l -> (l.outcome() == StepOutcome.KEPT || l.outcome() == StepOutcome.PSEUDONYMISED) && l.rows() > 0)
        .filter(l -> !ErasurePlan.COMPANY.equals(l.code()))
        .toList();
  }

  /**
   * What became of the person's company (issue 10): closed when the erasure left it without any
   * account, with what is kept of it and until when; or still open for its other members. Null
   * when the person had no company.
   */
  public List<String> company() {
    Line l = d.lines().stream().filter(x -> ErasurePlan.COMPANY.equals(x.code()) && x.detail() != null)
        .findFirst().orElse(null);
    if (l == null) {
      return null;
    }
    Map<String, String> f = new java.util.HashMap<>();
    for (String part : l.detail().split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        f.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    if (l.detail().startsWith("open")) {
      return List.of(t.get("receipt.company.open", Long.parseLong(f.getOrDefault("members", "0"))));
    }
    java.time.Period backups = java.time.Period.between(LocalDate.ofInstant(d.completedAt(), d.zone()), d.leavesBackupsOn());
    LocalDate deleteOn = LocalDate.parse(f.get("deleteOn"));
    List<String> lines = new ArrayList<>();
    lines.add(t.get("receipt.company.closed", date(d.completedAt()), Long.parseLong(f.getOrDefault("records", "0")),
        date(deleteOn), date(deleteOn.plus(backups))));
    long invoices = Long.parseLong(f.getOrDefault("invoices", "0"));
    lines.add(invoices == 0 || l.keptUntil() == null ? t.get("receipt.company.noInvoices")
        : t.get("receipt.company.invoices", invoices, date(l.keptUntil()), date(l.keptUntil().plus(backups))));
    return lines;
  }

  public String label(Line l) {
    if (l.code().startsWith(ErasurePlan.TABLE_PREFIX)) {
      return t.get("receipt.step.TABLE", l.code().substring(ErasurePlan.TABLE_PREFIX.length()));
    }
    return t.get("receipt.step." + l.code());
  }

  public String why(Line l) {
    if ("INVOICES".equals(l.code())) {
      List<String> bases = new ArrayList<>();
      for (String country : l.detail() == null ? new String[0] : l.detail().split(",")) {
        String basis = d.legalBasis().get(country.strip());
        if (basis != null && !bases.contains(basis)) {
          bases.add(basis);
        }
      }
      return t.get("receipt.why.INVOICES", String.join("en".equals(t.language()) ? "; " : " ; ", bases));
    }
    String key = "receipt.why." + l.code();
    return t.has(key) ? t.get(key) : "";
  }

  /**
   * Until when a kept row stays: the end of its hold (for invoices, each one's: the range of their
   * ends when they differ) and, where known, when its copies then leave the backups.
   */
  public String until(Line l) {
    if (l.keptUntil() == null) {
      return t.get("receipt.until.open");
    }
    if (l.leavesBackupsBy() == null) {
      return date(l.keptUntil());
    }
    if (l.keptFrom() != null && l.keptFrom().isBefore(l.keptUntil())) {
      return t.get("receipt.until.holdRange", date(l.keptFrom()), date(l.keptUntil()), date(l.leavesBackupsBy()));
    }
    return t.get("receipt.until.hold", date(l.keptUntil()), date(l.leavesBackupsBy()));
  }

  public String html() {
    StringBuilder h = new StringBuilder(Html.head(t.language(), title()));
    h.append("<h1>").append(esc(title())).append("</h1>\n<p>").append(esc(lead())).append("</p>\n");
    h.append("<dl><dt>").append(esc(t.get("receipt.reference"))).append("</dt><dd>").append(esc(d.reference()))
        .append("</dd></dl>\n");
    h.append("<h2>").append(esc(t.get("receipt.erased"))).append("</h2>\n<table><thead><tr><th scope=\"col\">")
        .append(esc(t.get("receipt.what"))).append("</th><th scope=\"col\">").append(esc(t.get("receipt.count")))
        .append("</th></tr></thead><tbody>\n");
    for (Line l : erased()) {
      h.append("<tr><th scope=\"row\">").append(esc(label(l))).append("</th><td>").append(number(l.rows())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<h2>").append(esc(t.get("receipt.kept"))).append("</h2>\n");
    if (kept().isEmpty()) {
      h.append("<p>").append(esc(t.get("receipt.nothingKept"))).append("</p>\n");
    } else {
      h.append("<table><thead><tr><th scope=\"col\">").append(esc(t.get("receipt.what")))
          .append("</th><th scope=\"col\">").append(esc(t.get("receipt.count"))).append("</th><th scope=\"col\">")
          .append(esc(t.get("receipt.why"))).append("</th><th scope=\"col\">").append(esc(t.get("receipt.until")))
          .append("</th></tr></thead><tbody>\n");
      for (Line l : kept()) {
        h.append("<tr><th scope=\"row\">").append(esc(label(l))).append("</th><td>").append(number(l.rows()))
            .append("</td><td>").append(esc(why(l))).append("</td><td>").append(esc(until(l))).append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    List<String> company = company();
    if (company != null) {
      h.append("<h2>").append(esc(t.get("receipt.company.title"))).append("</h2>\n<div id=\"company-fate\">");
      for (String line : company) {
        h.append("<p>").append(esc(line)).append("</p>");
      }
      h.append("</div>\n");
    }
    if (d.companyDataHits() > 0) {
      h.append("<p>").append(esc(t.get("receipt.company", d.companyDataHits()))).append("</p>\n");
    }
    h.append("<h2>").append(esc(t.get("receipt.backups"))).append("</h2>\n<p id=\"leaves-backups\">")
        .append(esc(t.get("receipt.backups.text", date(d.leavesBackupsOn())))).append("</p>\n");
    h.append("<h2>").append(esc(t.get("receipt.notices"))).append("</h2>\n");
    if (d.notices().isEmpty()) {
      h.append("<p>").append(esc(t.get("receipt.notices.none"))).append("</p>\n");
    } else {
      h.append("<p>").append(esc(t.get("receipt.notices.text"))).append("</p>\n<table><thead><tr><th scope=\"col\">")
          .append(esc(t.get("receipt.provider"))).append("</th><th scope=\"col\">").append(esc(t.get("receipt.location")))
          .append("</th><th scope=\"col\">").append(esc(t.get("receipt.categories"))).append("</th><th scope=\"col\">")
          .append(esc(t.get("receipt.notified"))).append("</th></tr></thead><tbody>\n");
      for (Notice n : d.notices()) {
        h.append("<tr><th scope=\"row\">").append(esc(n.name())).append("</th><td>").append(esc(n.location()))
            .append("</td><td>").append(esc(categoryTitles(n.categories()))).append("</td><td>")
            .append(esc(date(n.recordedAt()))).append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("<p class=\"muted\">").append(esc(t.get("receipt.proof"))).append("</p>\n");
    return h.append(Html.foot()).toString();
  }

  /** The receipt as the plain text of its e-mail. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append(title()).append("\n\n").append(lead()).append("\n\n").append(t.get("receipt.erased")).append(" :\n");
    for (Line l : erased()) {
      s.append("- ").append(label(l)).append(" : ").append(number(l.rows())).append('\n');
    }
    s.append('\n').append(t.get("receipt.kept")).append(" :\n");
    if (kept().isEmpty()) {
      s.append("- ").append(t.get("receipt.nothingKept")).append('\n');
    }
    for (Line l : kept()) {
      s.append("- ").append(label(l)).append(" : ").append(number(l.rows())).append(". ").append(why(l))
          .append(" (").append(t.get("receipt.until")).append(" : ").append(until(l)).append(")\n");
    }
    List<String> company = company();
    if (company != null) {
      s.append('\n').append(t.get("receipt.company.title")).append(" :\n");
      for (String line : company) {
        s.append("- ").append(line).append('\n');
      }
    }
    if (d.companyDataHits() > 0) {
      s.append('\n').append(t.get("receipt.company", d.companyDataHits())).append('\n');
    }
    s.append('\n').append(t.get("receipt.backups.text", date(d.leavesBackupsOn()))).append("\n\n")
        .append(t.get("receipt.notices")).append(" :\n");
    if (d.notices().isEmpty()) {
      s.append("- ").append(t.get("receipt.notices.none")).append('\n');
    }
    for (Notice n : d.notices()) {
      s.append("- ").append(n.name()).append(" (").append(n.location()).append(") : ")
          .append(categoryTitles(n.categories())).append('\n');
    }
    String text = s.toString();
    // English puts no space before a colon.
    return "en".equals(t.language()) ? text.replace(" :", ":") : text;
  }

  private String categoryTitles(String codes) {
    List<String> titles = new ArrayList<>();
    for (String code : codes.split(",")) {
      String key = "category." + code.strip() + ".title";
      titles.add(t.has(key) ? t.get(key) : code);
    }
    return String.join(", ", titles);
  }

  private String number(long n) {
    return NumberFormat.getIntegerInstance(t.formatLocale()).format(n);
  }

  private String date(Object value) {
    LocalDate date = value instanceof Instant i ? LocalDate.ofInstant(i, d.zone()) : (LocalDate) value;
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.formatLocale()));
  }
}
