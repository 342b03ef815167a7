package com.genuka.privacy.erasure.control;

import com.genuka.privacy.erasure.control.ErasureJobs.JobInfo;
import com.genuka.privacy.erasure.control.ResidueScanner.Exemption;
import com.genuka.privacy.erasure.control.ResidueScanner.Needles;
import com.genuka.privacy.erasure.control.ResidueScanner.Report;
import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.export.control.SchemaCatalogue;
import com.genuka.privacy.export.control.SchemaCatalogue.Table;
import com.genuka.privacy.export.control.Snapshot;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What erasure reads from the database's own catalogue, on a connection of its own outside any
 * container transaction: the company's tables, the tables tied to accounts, and the residue scan
 * over every table and column.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErasureChecks {

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  @Inject PortalClock clock;

  public List<String> partitionTables() {
    try (Connection c = dataSource.getConnection()) {
      return SchemaCatalogue.tenantPartition(c).stream().map(Table::lowerName).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the catalogue", e);
    }
  }

  public List<SchemaCatalogue.Reference> accountReferences() {
    try (Connection c = dataSource.getConnection()) {
      return SchemaCatalogue.referencesTo(c, "user_account");
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the catalogue", e);
    }
  }

  /** Searches the whole database for a person (the admin command). */
  public Report scan(Needles needles) {
    return scan(needles, List.of());
  }

  Report scan(Needles needles, List<Exemption> exemptions) {
    try (Connection c = dataSource.getConnection(); Snapshot snapshot = Snapshot.begin(c)) {
      return ResidueScanner.scan(c, needles, clock.today(), exemptions);
    } catch (SQLException e) {
      throw new IllegalStateException("the residue scan could not run", e);
    }
  }

  /** The outcome of a job's VERIFY step: a scan, and for companies and recordings a count that must be nil. */
  public record Verification(Report report, String failure) {}

  public Verification verify(JobInfo job) {
    if (job.kind() == JobKind.SUBJECT) {
      Contact c = job.contact();
      Report report = scan(new Needles(c.email(), c.name(), c.phone(), job.userId()),
          List.of(new Exemption("erasure_job", job.id()), new Exemption("privacy_request", job.requestId())));
      return new Verification(report, null);
    }
    Report empty = new Report(true, List.of(), List.of(), 0, 0, 0, false);
    List<String> left = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      if (job.kind() == JobKind.TENANT) {
        for (String table : partitionTables()) {
          long n = count(c, "SELECT COUNT(*) FROM " + SchemaCatalogue.quote(table) + " WHERE tenant_id = ?", job.tenantId());
          if (n > 0) {
            left.add(table + " (" + n + ")");
          }
        }
      } else {
        long n = count(c, "SELECT COUNT(*) FROM session_recording WHERE user_id = ?", job.userId());
        if (n > 0) {
          left.add("session_recording (" + n + ")");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the check could not run", e);
    }
    return new Verification(empty, left.isEmpty() ? null : "rows left: " + String.join(", ", left));
  }

  private static long count(Connection c, String sql, Object param) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, param);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
