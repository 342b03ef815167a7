package com.genuka.privacy.export.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tables and columns of the application's schema, read from the database's own catalogue
 * (JDBC metadata) rather than from a list in the code: a table added by a later migration is seen
 * by the tenant export and the residue scan without changing either.
 */
public final class SchemaCatalogue {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  /** A column and how its values read. */
  public record Column(String name, int jdbcType, String typeName) {
    public ColumnKind kind() {
      return ColumnKind.of(jdbcType);
    }

    public String lowerName() {
      return name.toLowerCase(Locale.ROOT);
    }

    public String sql() {
      return quote(name);
    }
  }

  /** A table with its columns in order and its primary key. */
  public record Table(String name, List<Column> columns, List<String> primaryKey) {

    public boolean has(String column) {
      return columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column));
    }

    /** The name as people write it: lower case. */
    public String lowerName() {
      return name.toLowerCase(Locale.ROOT);
    }

    public List<Column> textColumns() {
      return columns.stream().filter(c -> c.kind().isText()).toList();
    }

    public List<Column> binaryColumns() {
      return columns.stream().filter(c -> c.kind() == ColumnKind.BINARY).toList();
    }

    /** The table's name, quoted for SQL. */
    public String sql() {
      return quote(name);
    }
  }

  /** A foreign key column of {@code table} that refers to {@code referencedTable}. */
  public record Reference(String table, String column, String referencedTable, String referencedColumn) {}

  private SchemaCatalogue() {}

  /** Every table of the connection's current schema, by name. */
  public static List<Table> tables(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = md.getTables(c.getCatalog(), schema, "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        if ("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type)) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    names.sort(String::compareTo);
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      Map<String, Column> columns = new LinkedHashMap<>();
      try (ResultSet rs = md.getColumns(c.getCatalog(), schema, name, "%")) {
        while (rs.next()) {
          String column = rs.getString("COLUMN_NAME");
          columns.put(column, new Column(column, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
        }
      }
      List<String> key = new ArrayList<>();
      try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), schema, name)) {
        Map<Integer, String> bySeq = new java.util.TreeMap<>();
        while (rs.next()) {
          bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        key.addAll(bySeq.values());
      }
      tables.add(new Table(name, List.copyOf(columns.values()), List.copyOf(key)));
    }
    return tables;
  }

  /** The foreign keys of the schema that refer to {@code table}. */
  public static List<Reference> referencesTo(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<Reference> refs = new ArrayList<>();
    String schema = c.getSchema();
    for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = md.getExportedKeys(c.getCatalog(), schema, candidate)) {
        while (rs.next()) {
          refs.add(new Reference(rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
              rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
              rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
              rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
        }
      }
      if (!refs.isEmpty()) {
        break;
      }
    }
    return refs;
  }

  /**
   * The company's own database (C4, R-R4): the tables named {@code tenant_*} that partition their
   * rows by {@code tenant_id}.
   */
  public static List<Table> tenantPartition(List<Table> tables) {
    return tables.stream().filter(t -> t.lowerName().startsWith("tenant_") && t.has("tenant_id")).toList();
  }

  /**
   * The company's tables straight from the catalogue, without reading every table's columns: the
   * tables with a {@code tenant_id} column whose name starts with {@code tenant_}, with their keys.
   */
  public static List<Table> tenantPartition(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String column : List.of("tenant_id", "TENANT_ID")) {
      try (ResultSet rs = md.getColumns(c.getCatalog(), schema, "%", column)) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          if (table.toLowerCase(Locale.ROOT).startsWith("tenant_")) {
            names.add(table);
          }
        }
      }
    }
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      List<String> key = new ArrayList<>();
      try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), schema, name)) {
        Map<Integer, String> bySeq = new java.util.TreeMap<>();
        while (rs.next()) {
          bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        key.addAll(bySeq.values());
      }
      tables.add(new Table(name, List.of(new Column("tenant_id", java.sql.Types.BIGINT, "bigint")), List.copyOf(key)));
    }
    return tables;
  }

  /** Quotes an identifier that came from the catalogue; refuses anything unexpected. */
  public static String quote(String identifier) {
    if (!SAFE.matcher(identifier).matches()) {
      throw new IllegalArgumentException("unexpected identifier " + identifier);
    }
    return '"' + identifier + '"';
  }
}
