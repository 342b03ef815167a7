package com.genuka.privacy.audit.control;

import com.genuka.privacy.audit.entity.AuditEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line proof of the audit log (tools/verify-audit.sh): reads the chain straight from
 * the database with a forward-only cursor and the same hashing rule as the application, and
 * prints {@code audit_rows_checked: N} and either {@code audit_chain: sound} or the first altered
 * row. Exit status 0 when sound, 1 when altered.
 *
 * <pre>  --url jdbc:postgresql://127.0.0.1:5432/genuka --user postgres --password x</pre>
 */
public final class AuditChainCommand {

  private AuditChainCommand() {}

  public static void main(String[] args) throws SQLException {
    String url = arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/genuka");
    try (Connection c = DriverManager.getConnection(url, arg(args, "--user", "postgres"), arg(args, "--password", ""))) {
      List<String> report = verify(c);
      report.forEach(System.out::println);
      if (report.contains("audit_chain: altered")) {
        System.exit(1);
      }
    }
  }

  /** Walks the chain on {@code c} in one read-only pass; returns the report lines. */
  public static List<String> verify(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try {
      long expected = 1;
      String prev = AuditHashing.GENESIS;
      try (PreparedStatement p = c.prepareStatement("SELECT id, occurred_at, actor_ref, actor_role, action, subject_ref,"
          + " tenant_id, target_type, target_id, summary, sealed, prev_hash, hash FROM audit_event ORDER BY id")) {
        p.setFetchSize(1000);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Object tenant = r.getObject(7);
            AuditEvent row = new AuditEvent(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), tenant == null ? null : ((Number) tenant).longValue(), r.getString(8),
                r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13));
            String problem = AuditHashing.problem(row, expected, prev);
            if (problem != null) {
              return altered(expected - 1, Math.min(row.getId(), expected), problem);
            }
            prev = row.getHash();
            expected++;
          }
        }
      }
      long checked = expected - 1;
      try (PreparedStatement p = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
          ResultSet r = p.executeQuery()) {
        r.next();
        if (r.getLong(1) != checked || !prev.equals(r.getString(2))) {
          return altered(checked, checked + 1,
              "rows after " + checked + " are missing (the chain's head is at " + r.getLong(1) + ")");
        }
      }
      return List.of("audit_rows_checked: " + checked, "audit_chain: sound");
    } finally {
      c.rollback();
    }
  }

  private static List<String> altered(long checked, long firstBad, String problem) {
    List<String> out = new ArrayList<>();
    out.add("audit_rows_checked: " + checked);
    out.add("audit_chain: altered");
    out.add("audit_first_altered_row: " + firstBad);
    out.add("audit_problem: " + problem);
    return out;
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
