package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a retention sweep: when, for which calendar day and rule version, what cutoff, how many
 * rows in how many batches, how it ended. The admins' run history and the proof of each deletion.
 */
@Entity
@Table(name = "sweep_run")
@NamedQuery(name = "SweepRun.findRecent", query = "SELECT s FROM SweepRun s ORDER BY s.startedAt DESC, s.id DESC")
@NamedQuery(
    name = "SweepRun.findLastByRule",
    query = "SELECT s FROM SweepRun s WHERE s.ruleCode = :ruleCode ORDER BY s.id DESC")
@NamedQuery(name = "SweepRun.findLatest", query = "SELECT s FROM SweepRun s ORDER BY s.id DESC")
@NamedQuery(
    name = "SweepRun.successesUntil",
    query = "SELECT s.startedAt FROM SweepRun s WHERE s.ruleCode = :ruleCode"
        + " AND s.status = com.genuka.privacy.retention.entity.SweepRun.Status.SUCCEEDED AND s.startedAt <= :now"
        + " ORDER BY s.startedAt DESC")
@NamedQuery(
    name = "SweepRun.countSuccesses",
    query = "SELECT COUNT(s) FROM SweepRun s WHERE s.ruleCode = :ruleCode"
        + " AND s.status = com.genuka.privacy.retention.entity.SweepRun.Status.SUCCEEDED")
@NamedQuery(
    name = "SweepRun.markInterrupted",
    query = "UPDATE SweepRun s SET s.status = com.genuka.privacy.retention.entity.SweepRun.Status.FAILED,"
        + " s.error = :error WHERE s.status = com.genuka.privacy.retention.entity.SweepRun.Status.RUNNING")
public class SweepRun {

  /** What started a run: the daily timer, the catch-up after the server was down, or an admin. */
  public enum Trigger {
    SCHEDULED,
    CATCH_UP,
    MANUAL
  }

  /** How a run ended. */
  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rule_code", nullable = false, length = 40, updatable = false)
  private String ruleCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, length = 20, updatable = false)
  private Trigger triggerKind;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private Instant cutoff;

  @Column(name = "rows_deleted", nullable = false)
  private long rowsDeleted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.RUNNING;

  @Column(length = 2000)
  private String error;

  @Column(name = "run_day", updatable = false)
  private LocalDate runDay;

  @Column(name = "rule_version", updatable = false)
  private Integer ruleVersion;

  @Column(nullable = false)
  private int batches;

  @Column(name = "missed_runs", nullable = false, updatable = false)
  private int missedRuns;

  @Column(length = 1000)
  private String notes;

  protected SweepRun() {}

  public SweepRun(String ruleCode, Trigger triggerKind, Instant startedAt, LocalDate runDay,
      Integer ruleVersion, int missedRuns) {
    this.ruleCode = ruleCode;
    this.triggerKind = triggerKind;
    this.startedAt = startedAt;
    this.runDay = runDay;
    this.ruleVersion = ruleVersion;
    this.missedRuns = missedRuns;
  }

  /** How long the run took, or null while it runs. */
  public Duration duration() {
    return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
  }

  public Long getId() {
    return id;
  }

  public String getRuleCode() {
    return ruleCode;
  }

  public Trigger getTriggerKind() {
    return triggerKind;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public Instant getCutoff() {
    return cutoff;
  }

  public void setCutoff(Instant cutoff) {
    this.cutoff = cutoff;
  }

  public long getRowsDeleted() {
    return rowsDeleted;
  }

  public void setRowsDeleted(long rowsDeleted) {
    this.rowsDeleted = rowsDeleted;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public LocalDate getRunDay() {
    return runDay;
  }

  public Integer getRuleVersion() {
    return ruleVersion;
  }

  public int getBatches() {
    return batches;
  }

  public void setBatches(int batches) {
    this.batches = batches;
  }

  public int getMissedRuns() {
    return missedRuns;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
