package com.genuka.privacy.retention.control;

import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.SweepRun;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactions of a sweep run, each its own: the run's start, every batch, the run's end. A
 * batch's deletions and tombstones commit together or not at all, and no transaction lasts longer
 * than one batch, so the portal never waits long on a sweep's locks.
 */
@Stateless
public class SweepSteps {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  @Inject PortalClock clock;

  @Inject SweepFaults faults;

  @EJB AuditLog audit;

  @EJB TenantDeletionWarnings warnings;

  @Inject
  @ConfigProperty(name = "genuka.sweep.batch-size", defaultValue = "10000")
  int batchSize;

  @Inject
  @ConfigProperty(name = "genuka.export.dir", defaultValue = "exports")
  String exportDir;

  /** What a run starting at {@code now} applies: the rules as they stand now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SweepContext context(String ruleCode, long runId, Instant now) {
    RetentionRule rule = em.find(RetentionRule.class, ruleCode);
    RetentionRule backup = em.find(RetentionRule.class, "BACKUP");
    LocalDate today = LocalDate.ofInstant(now, clock.zone());
    return new SweepContext(runId, ruleCode, rule.getCategory(), today, now, clock.zone(), rule.getAmount(),
        rule.getUnit(), statutoryYears(ruleCode), backup.getUnit().plus(today, backup.getAmount()),
        faults.batchSizeOr(batchSize), Path.of(exportDir), warnings::warn);
  }

  /**
   * The personnel files' statutory years by country, which the CANDIDATE_HIRED sweep applies. The
   * billing sweep needs none: each invoice carries its legal hold, set from its country's period.
   */
  private Map<String, Integer> statutoryYears(String ruleCode) {
    if (!"CANDIDATE_HIRED".equals(ruleCode)) {
      return Map.of();
    }
    return em.createNamedQuery("LegalPeriod.findAll", LegalPeriod.class).getResultList().stream()
        .filter(p -> p.getKind() == LegalPeriodKind.EMPLOYMENT)
        .collect(Collectors.toUnmodifiableMap(LegalPeriod::getCountry, LegalPeriod::getYears));
  }

  /** Records the start of a run and fixes what it applies. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SweepContext begin(Sweep sweep, SweepRun.Trigger trigger, int missedRuns) {
    Instant now = clock.now();
    RetentionRule rule = em.find(RetentionRule.class, sweep.ruleCode());
    SweepRun run = new SweepRun(sweep.ruleCode(), trigger, now, LocalDate.ofInstant(now, clock.zone()),
        rule.getVersion(), missedRuns);
    em.persist(run);
    em.flush();
    SweepContext ctx = context(sweep.ruleCode(), run.getId(), now);
    run.setCutoff(sweep.cutoff(ctx));
    return ctx;
  }

  /** One batch, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Sweep.Batch batch(Sweep sweep, SweepContext ctx, Object cursor, int number) {
    try (Connection c = dataSource.getConnection()) {
      Sql.commitWithoutWaitingForDisk(c);
      Sweep.Batch batch = sweep.next(c, ctx, cursor);
      faults.checkpoint(ctx.ruleCode(), number);
      return batch;
    } catch (SQLException e) {
      throw new IllegalStateException("batch " + number + " of " + ctx.ruleCode() + " failed: " + e.getMessage(), e);
    }
  }

  /** Records how a run ended, and audits it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long runId, SweepRun.Status status, long rows, int batches, long notices, String error) {
    SweepRun run = em.find(SweepRun.class, runId);
    run.setFinishedAt(clock.now());
    run.setStatus(status);
    run.setRowsDeleted(rows);
    run.setBatches(batches);
    run.setNotes(notices == 0 ? null : "warnings=" + notices);
    run.setError(error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
    audit.append(AuditEntry.of(Actor.SYSTEM, status == SweepRun.Status.SUCCEEDED ? "RETENTION_SWEEP" : "RETENTION_SWEEP_FAILED")
        .target("sweep_run", runId)
        .summary(run.getRuleCode() + ": " + rows + " rows deleted in " + batches + " batches"
            + (notices == 0 ? "" : ", " + notices + " warnings sent") + ", " + run.getTriggerKind()));
  }

  /** The start of the latest successful run at or before {@code now}, or null. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Instant lastSuccess(String ruleCode, Instant now) {
    return em.createNamedQuery("SweepRun.successesUntil", Instant.class)
        .setParameter("ruleCode", ruleCode)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream().findFirst().orElse(null);
  }

  /** Whether the sweep has ever run to its end (a sweep that never did runs at the next start). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean everSucceeded(String ruleCode) {
    return em.createNamedQuery("SweepRun.countSuccesses", Long.class).setParameter("ruleCode", ruleCode)
        .getSingleResult() > 0;
  }

  /** At start-up every run still marked running was cut short by the stop: it is marked failed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int markInterrupted() {
    return em.createNamedQuery("SweepRun.markInterrupted")
        .setParameter("error", "interrupted: the server stopped during the run; the next run finishes the work")
        .executeUpdate();
  }

  /** A dry run of {@code sweep} for a run at {@code at}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Sweep.Preview preview(Sweep sweep, Instant at, int sampleSize) {
    SweepContext ctx = context(sweep.ruleCode(), 0, at);
    try (Connection c = dataSource.getConnection()) {
      return sweep.preview(c, ctx, sampleSize);
    } catch (SQLException e) {
      throw new IllegalStateException("dry run of " + sweep.ruleCode() + " failed: " + e.getMessage(), e);
    }
  }
}
