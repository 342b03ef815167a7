package com.genuka.privacy.retention.control;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Job candidates (C2). Not hired (R-T1): the period after the last contact, or at once once they
 * object to being kept. Hired (R-T2): the end of the contract plus the statutory period of the
 * country of employment; a hired candidate whose country has no statutory period is never deleted
 * by a sweep, and the dry run says so. Documents and history go with the candidate (ON DELETE
 * CASCADE), and so does the key that sealed their details in the audit log.
 */
public final class CandidateSweep implements Sweep {

  private final boolean hired;

  private CandidateSweep(boolean hired) {
    this.hired = hired;
  }

  public static CandidateSweep notHired() {
    return new CandidateSweep(false);
  }

  public static CandidateSweep hired() {
    return new CandidateSweep(true);
  }

  @Override
  public String ruleCode() {
    return hired ? "CANDIDATE_HIRED" : "CANDIDATE_NOT_HIRED";
  }

  @Override
  public Instant cutoff(SweepContext ctx) {
    return hired ? null : ctx.cutoff();
  }

  /** The due candidates, as a predicate on alias c, and its parameters. */
  private Object[] due(SweepContext ctx, StringBuilder predicate) {
    if (!hired) {
      predicate.append("c.state <> 'HIRED' AND (c.objected_to_retention = TRUE OR c.last_contact_at < ?)");
      return new Object[] {ctx.cutoff()};
    }
    Map<String, Integer> years = new TreeMap<>(ctx.statutoryYears());
    if (years.isEmpty()) {
      predicate.append("1 = 0");
      return new Object[0];
    }
    List<Object> params = new ArrayList<>();
    predicate.append("c.state = 'HIRED' AND c.contract_end IS NOT NULL AND (");
    String or = "";
    for (Map.Entry<String, Integer> e : years.entrySet()) {
      predicate.append(or).append("(c.employment_country = ? AND c.contract_end <= ?)");
      params.add(e.getKey());
      params.add(RetentionCalendar.lastDeletableStart(ctx.today(), e.getValue(), PeriodUnit.YEARS));
      or = " OR ";
    }
    predicate.append(")");
    return params.toArray();
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    StringBuilder predicate = new StringBuilder();
    Object[] params = due(ctx, predicate);
    int size = IdBatch.size(ctx);
    List<Long> ids = IdBatch.lockNext(c, "candidate", "c", predicate.toString(), size, params);
    if (ids.isEmpty()) {
      return Batch.finished(0);
    }
    Object[] idParams = IdBatch.params(ids);
    Tombstones.write(c, ctx, "candidate file with its documents and history", "1", "c.subject_ref", "NULL", "NULL",
        "FROM candidate c WHERE " + IdBatch.in("c.id", ids), idParams);
    // Sealed audit details about these candidates become unreadable for good.
    Sql.update(c, "DELETE FROM subject_key WHERE subject_ref IN (SELECT c.subject_ref FROM candidate c WHERE "
        + IdBatch.in("c.id", ids) + ")", idParams);
    long deleted = Sql.update(c, "DELETE FROM candidate WHERE " + IdBatch.in("id", ids), idParams);
    return ids.size() < size ? Batch.finished(deleted) : Batch.more(deleted, null);
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    StringBuilder predicate = new StringBuilder();
    Object[] params = due(ctx, predicate);
    long count = Sql.count(c, "SELECT COUNT(*) FROM candidate c WHERE " + predicate, params);
    List<Sample> sample = new ArrayList<>();
    String sql = "SELECT c.id, c.state, c.position, c.objected_to_retention, c.last_contact_at, c.contract_end,"
        + " c.employment_country FROM candidate c WHERE " + predicate + " ORDER BY c.id LIMIT " + sampleSize;
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        sample.add(sample(r, ctx));
      }
    }
    if (!hired) {
      return Preview.of(count, sample);
    }
    List<Object> heldParams = new ArrayList<>(List.of(ctx.today()));
    heldParams.addAll(ctx.statutoryYears().keySet());
    String unknownCountry = ctx.statutoryYears().isEmpty() ? "" : " OR c.employment_country NOT IN ("
        + Sql.marks(ctx.statutoryYears().keySet()) + ")";
    long held = Sql.count(c, "SELECT COUNT(*) FROM candidate c WHERE c.state = 'HIRED' AND c.contract_end < ?"
        + " AND (c.employment_country IS NULL" + unknownCountry + ")", heldParams.toArray());
    return new Preview(count, 0, held, held == 0 ? null : "retention.held.noStatutoryPeriod", sample);
  }

  private Sample sample(ResultSet r, SweepContext ctx) throws SQLException {
    String id = String.valueOf(r.getLong("id"));
    Label state = new Label("candidate.state." + r.getString("state"));
    String position = r.getString("position");
    if (hired) {
      LocalDate end = Sql.date(r, "contract_end");
      String country = r.getString("employment_country");
      return Sample.of("candidate.hired", end, end.plusYears(ctx.statutoryYears().get(country)), id, state,
          position, new Country(country));
    }
    LocalDate lastContact = LocalDate.ofInstant(Sql.instant(r, "last_contact_at"), ctx.zone());
    if (r.getBoolean("objected_to_retention")) {
      return Sample.of("candidate.objected", lastContact, ctx.today(), id, state, position);
    }
    return Sample.of("candidate", lastContact, RetentionCalendar.deletionDay(lastContact, ctx.amount(), ctx.unit()),
        id, state, position);
  }
}
