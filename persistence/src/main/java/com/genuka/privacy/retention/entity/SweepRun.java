package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of a retention sweep: when, what cutoff, how many rows, how it ended. */
@Entity
@Table(name = "sweep_run")
@NamedQuery(name = "SweepRun.findRecent", query = "SELECT s FROM SweepRun s ORDER BY s.startedAt DESC, s.id DESC")
@NamedQuery(
    name = "SweepRun.findLastByRule",
    query = "SELECT s FROM SweepRun s WHERE s.ruleCode = :ruleCode ORDER BY s.startedAt DESC, s.id DESC")
public class SweepRun {

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

  @Column(name = "trigger_kind", nullable = false, length = 20, updatable = false)
  private String triggerKind;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private Instant cutoff;

  @Column(name = "rows_deleted", nullable = false)
  private long rowsDeleted;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.RUNNING;

  @Column(length = 2000)
  private String error;

  protected SweepRun() {}

  public SweepRun(String ruleCode, String triggerKind, Instant startedAt, Instant cutoff) {
    this.ruleCode = ruleCode;
    this.triggerKind = triggerKind;
    this.startedAt = startedAt;
    this.cutoff = cutoff;
  }

  public Long getId() {
    return id;
  }

  public String getRuleCode() {
    return ruleCode;
  }

  public String getTriggerKind() {
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
}
