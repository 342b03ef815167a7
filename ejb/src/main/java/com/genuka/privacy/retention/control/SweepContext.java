package com.genuka.privacy.retention.control;

import com.genuka.privacy.retention.entity.PeriodUnit;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What one run of a sweep applies, fixed when the run starts: the calendar day, the rule's period
 * (or the statutory periods by country for the rules that read them), the date deleted data leaves
 * the backups (R-T7), and how much to delete per transaction.
 *
 * @param amount the rule's period, or null when it comes from {@code statutoryYears}
 * @param statutoryYears years by country of employment (legal_period) for CANDIDATE_HIRED
 * @param exportDir where generated export files live (R-T9)
 * @param notices how a company is warned before its database is deleted (R-T5)
 */
public record SweepContext(
    long runId,
    String ruleCode,
    String category,
    LocalDate today,
    Instant now,
    ZoneId zone,
    Integer amount,
    PeriodUnit unit,
    Map<String, Integer> statutoryYears,
    LocalDate leavesBackupsOn,
    int batchSize,
    Path exportDir,
    TenantNotices notices) {

  public boolean hasPeriod() {
    return amount != null && unit != null;
  }

  /** Data whose clock started before this instant is due today. */
  public Instant cutoff() {
    return RetentionCalendar.cutoff(today, amount, unit, zone);
  }

  /** The same run, for a preview of another day (the next scheduled run). */
  public SweepContext on(LocalDate day, Instant at) {
    return new SweepContext(runId, ruleCode, category, day, at, zone, amount, unit, statutoryYears,
        leavesBackupsOn, batchSize, exportDir, notices);
  }

  /** Warns a company's administrators that its own database will be deleted (R-T5). */
  @FunctionalInterface
  public interface TenantNotices {
    void warn(long tenantId, LocalDate deletionDay, int daysLeft);
  }
}
