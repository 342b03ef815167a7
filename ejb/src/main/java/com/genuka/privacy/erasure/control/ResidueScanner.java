package com.genuka.privacy.erasure.control;

import com.genuka.privacy.export.control.ColumnKind;
import com.genuka.privacy.export.control.SchemaCatalogue;
import com.genuka.privacy.export.control.SchemaCatalogue.Column;
import com.genuka.privacy.export.control.SchemaCatalogue.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches every table and column of the database for a person: their e-mail, name and phone in
 * every text column (and, as raw bytes, in every binary one), and their former account id in every
 * column named {@code user_id} or {@code *_user_id}. Tables and columns come from the database's
 * own catalogue, so a table added by a later migration is searched without changing this class.
 *
 * <p>A hit is acceptable only in a row kept under a legal hold in pseudonymised form (an invoice
 * with {@code pseudonymised = TRUE} whose hold has not ended), in a company's own database or its
 * record (C4, which the company controls, not Genuka), or in a row the caller exempts (the job's own row while
 * it runs). Anything else is residue, and the scan fails.
 */
public final class ResidueScanner {

  /** What the scan looks for. Needles shorter than {@link #MIN_NEEDLE} characters are ignored. */
  public record Needles(String email, String name, String phone, Long accountId) {
    public boolean isEmpty() {
      return usable(email) == null && usable(name) == null && usable(phone) == null && accountId == null;
    }
  }

  /** Which needle a hit matched. The report never repeats the needle itself. */
  public enum NeedleKind {
    EMAIL,
    NAME,
    PHONE,
    ACCOUNT_ID
  }

  /** How a hit is judged. */
  public enum Verdict {
    /** Identifying data that should be gone: the scan fails. */
    RESIDUE,
    /** In a row kept under a legal hold, pseudonymised. */
    LEGAL_HOLD,
    /** In a company's own database (C4), which the company controls. */
    COMPANY_DATA,
    /** In a row the caller exempted. */
    EXEMPT
  }

  /** A row that holds a needle. {@code row} is the row's primary key. */
  public record Hit(String table, String column, String row, Set<NeedleKind> needles, Verdict verdict) {}

  /** A row the scan must not count: {@code id} of {@code table}. */
  public record Exemption(String table, long id) {}

  /** What was searched and what was found. */
  public record Report(boolean clean, List<Hit> hits, List<String> tables, int textColumns,
      int binaryColumns, int idColumns, boolean truncated) {

    public List<Hit> residue() {
      return hits.stream().filter(h -> h.verdict() == Verdict.RESIDUE).toList();
    }

    /** The tables holding residue, for a failure message that names no one. */
    public String residueSummary() {
      return residue().stream()
          .collect(Collectors.groupingBy(h -> h.table() + "." + h.column(), LinkedHashMap::new, Collectors.counting()))
          .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", "));
    }

    public long count(Verdict verdict) {
      return hits.stream().filter(h -> h.verdict() == verdict).count();
    }
  }

  public static final int MIN_NEEDLE = 5;
  /** Rows reported per table at most; a table with more hits is reported as truncated. */
  static final int MAX_ROWS_PER_TABLE = 200;

  /**
   * Rows kept under a legal hold, by table: the SQL condition (with one date parameter, today) that
   * makes a row one. A pseudonymised invoice is the only such row: billing records (C7).
   */
  static final Map<String, String> LEGAL_HOLDS = Map.of(
      "invoice", "pseudonymised = TRUE AND legal_hold_until >= ?");

  private static final String PHONE_NORMALISED = "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(%s,' ',''),'.',''),'-',''),'(',''),')','')";

  private ResidueScanner() {}

  public static Report scan(Connection c, Needles needles, LocalDate today, List<Exemption> exemptions)
      throws SQLException {
    String email = lower(usable(needles.email()));
    String name = lower(usable(needles.name()));
    String phone = usable(needles.phone()) == null ? null : normalisePhone(needles.phone());
    if (phone != null && phone.length() < MIN_NEEDLE) {
      phone = null;
    }
    Needles effective = new Needles(email, name, phone, needles.accountId());
    List<Table> tables = SchemaCatalogue.tables(c);
    List<Hit> hits = new ArrayList<>();
    int text = 0;
    int binary = 0;
    int ids = 0;
    boolean truncated = false;
    List<String> names = new ArrayList<>();
    for (Table t : tables) {
      names.add(t.lowerName());
      List<Column> textCols = t.textColumns();
      List<Column> idCols = effective.accountId() == null ? List.of() : idColumns(t);
      text += textCols.size();
      ids += idCols.size();
      binary += t.binaryColumns().size();
      if (!textCols.isEmpty() || !idCols.isEmpty()) {
        truncated |= scanValues(c, t, textCols, idCols, effective, today, exemptions, hits);
      }
      for (Column b : t.binaryColumns()) {
        scanBinary(c, t, b, effective, today, exemptions, hits);
      }
    }
    boolean clean = hits.stream().noneMatch(h -> h.verdict() == Verdict.RESIDUE);
    return new Report(clean, List.copyOf(hits), List.copyOf(names), text, binary, ids, truncated);
  }

  /** The columns that hold an account id by the schema's naming convention. */
  static List<Column> idColumns(Table t) {
    return t.columns().stream()
        .filter(c -> c.kind() == ColumnKind.INTEGER)
        .filter(c -> c.lowerName().equals("user_id") || c.lowerName().endsWith("_user_id"))
        .toList();
  }

  private static boolean scanValues(Connection c, Table t, List<Column> textCols, List<Column> idCols,
      Needles n, LocalDate today, List<Exemption> exemptions, List<Hit> hits) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (Column col : textCols) {
      for (String needle : new String[] {n.email(), n.name()}) {
        if (needle != null) {
          conditions.add("LOWER(" + col.sql() + ") LIKE ? ESCAPE '!'");
          params.add("%" + escapeLike(needle) + "%");
        }
      }
      if (n.phone() != null) {
        conditions.add(String.format(PHONE_NORMALISED, col.sql()) + " LIKE ? ESCAPE '!'");
        params.add("%" + escapeLike(n.phone()) + "%");
      }
    }
    for (Column col : idCols) {
      conditions.add(col.sql() + " = ?");
      params.add(n.accountId());
    }
    if (conditions.isEmpty()) {
      return false;
    }
    String hold = LEGAL_HOLDS.get(t.lowerName());
    List<String> select = new ArrayList<>();
    for (String k : keyOf(t)) {
      select.add(SchemaCatalogue.quote(k));
    }
    select.add(hold == null ? "0 AS held" : "CASE WHEN " + hold + " THEN 1 ELSE 0 END AS held");
    for (Column col : textCols) {
      select.add(col.sql());
    }
    for (Column col : idCols) {
      select.add(col.sql());
    }
    String sql = "SELECT " + String.join(", ", select) + " FROM " + t.sql() + " WHERE "
        + String.join(" OR ", conditions) + " FETCH FIRST " + (MAX_ROWS_PER_TABLE + 1) + " ROWS ONLY";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      if (hold != null) {
        p.setDate(i++, Date.valueOf(today));
      }
      for (Object v : params) {
        p.setObject(i++, v);
      }
      try (ResultSet rs = p.executeQuery()) {
        int rows = 0;
        while (rs.next()) {
          if (++rows > MAX_ROWS_PER_TABLE) {
            return true;
          }
          List<String> key = keyOf(t);
          String rowKey = rowKey(rs, key.size());
          boolean held = rs.getInt(key.size() + 1) == 1;
          int col = key.size() + 2;
          for (Column tc : textCols) {
            Set<NeedleKind> found = matches(rs.getString(col++), n);
            if (!found.isEmpty()) {
              hits.add(new Hit(t.lowerName(), tc.lowerName(), rowKey, found, verdict(t, rowKey, held, exemptions)));
            }
          }
          for (Column ic : idCols) {
            long v = rs.getLong(col++);
            if (!rs.wasNull() && v == n.accountId()) {
              hits.add(new Hit(t.lowerName(), ic.lowerName(), rowKey, EnumSet.of(NeedleKind.ACCOUNT_ID),
                  verdict(t, rowKey, held, exemptions)));
            }
          }
        }
      }
    }
    return false;
  }

  private static void scanBinary(Connection c, Table t, Column b, Needles n, LocalDate today,
      List<Exemption> exemptions, List<Hit> hits) throws SQLException {
    List<byte[]> patterns = new ArrayList<>();
    List<NeedleKind> kinds = new ArrayList<>();
    if (n.email() != null) {
      patterns.add(n.email().getBytes(StandardCharsets.UTF_8));
      kinds.add(NeedleKind.EMAIL);
    }
    if (n.name() != null) {
      patterns.add(n.name().getBytes(StandardCharsets.UTF_8));
      kinds.add(NeedleKind.NAME);
    }
    if (n.phone() != null) {
      patterns.add(n.phone().getBytes(StandardCharsets.UTF_8));
      kinds.add(NeedleKind.PHONE);
    }
    if (patterns.isEmpty()) {
      return;
    }
    List<String> key = keyOf(t);
    String hold = LEGAL_HOLDS.get(t.lowerName());
    String sql = "SELECT " + key.stream().map(SchemaCatalogue::quote).collect(Collectors.joining(", "))
        + (hold == null ? ", 0 AS held" : ", CASE WHEN " + hold + " THEN 1 ELSE 0 END AS held")
        + ", " + b.sql() + " FROM " + t.sql() + " WHERE " + b.sql() + " IS NOT NULL";
    try (PreparedStatement p = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      p.setFetchSize(50);
      if (hold != null) {
        p.setDate(1, Date.valueOf(today));
      }
      try (ResultSet rs = p.executeQuery()) {
        int reported = 0;
        while (rs.next() && reported < MAX_ROWS_PER_TABLE) {
          Set<NeedleKind> found = EnumSet.noneOf(NeedleKind.class);
          try (InputStream in = rs.getBinaryStream(key.size() + 2)) {
            if (in != null) {
              byte[] bytes = in.readAllBytes();
              for (int i = 0; i < patterns.size(); i++) {
                if (containsIgnoreAsciiCase(bytes, patterns.get(i))) {
                  found.add(kinds.get(i));
                }
              }
            }
          } catch (IOException e) {
            throw new SQLException("could not read " + t.lowerName() + "." + b.lowerName(), e);
          }
          if (!found.isEmpty()) {
            String rowKey = rowKey(rs, key.size());
            hits.add(new Hit(t.lowerName(), b.lowerName(), rowKey, found,
                verdict(t, rowKey, rs.getInt(key.size() + 1) == 1, exemptions)));
            reported++;
          }
        }
      }
    }
  }

  private static Verdict verdict(Table t, String rowKey, boolean held, List<Exemption> exemptions) {
    for (Exemption e : exemptions) {
      if (e.table().equalsIgnoreCase(t.lowerName()) && String.valueOf(e.id()).equals(rowKey)) {
        return Verdict.EXEMPT;
      }
    }
    if (held) {
      return Verdict.LEGAL_HOLD;
    }
    if (t.lowerName().equals("tenant") || SchemaCatalogue.tenantPartition(List.of(t)).size() == 1) {
      return Verdict.COMPANY_DATA;
    }
    return Verdict.RESIDUE;
  }

  static Set<NeedleKind> matches(String value, Needles n) {
    Set<NeedleKind> found = EnumSet.noneOf(NeedleKind.class);
    if (value == null) {
      return found;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (n.email() != null && lower.contains(n.email())) {
      found.add(NeedleKind.EMAIL);
    }
    if (n.name() != null && lower.contains(n.name())) {
      found.add(NeedleKind.NAME);
    }
    if (n.phone() != null && normalisePhone(value).contains(n.phone())) {
      found.add(NeedleKind.PHONE);
    }
    return found;
  }

  /** Without the spaces, dots, dashes and brackets people put in phone numbers. */
  static String normalisePhone(String phone) {
    return phone.replace(" ", "").replace(".", "").replace("-", "").replace("(", "").replace(")", "");
  }

  static boolean containsIgnoreAsciiCase(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (lowerAscii(haystack[i + j]) != lowerAscii(needle[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte lowerAscii(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }

  private static List<String> keyOf(Table t) {
    if (!t.primaryKey().isEmpty()) {
      return t.primaryKey();
    }
    // No primary key: the first column stands in for one in the report.
    return List.of(t.columns().get(0).name());
  }

  private static String rowKey(ResultSet rs, int keyColumns) throws SQLException {
    StringBuilder key = new StringBuilder();
    for (int i = 1; i <= keyColumns; i++) {
      if (i > 1) {
        key.append('/');
      }
      key.append(rs.getString(i));
    }
    return key.toString();
  }

  static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String usable(String needle) {
    return needle == null || needle.strip().length() < MIN_NEEDLE ? null : needle.strip();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
