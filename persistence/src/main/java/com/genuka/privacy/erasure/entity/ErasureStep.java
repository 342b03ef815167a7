package com.genuka.privacy.erasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an erasure job. It is marked done in the same transaction as its last batch of work,
 * so that "done" is never recorded for work that did not happen, nor work done twice unrecorded.
 */
@Entity
@Table(name = "erasure_step")
@NamedQuery(
    name = "ErasureStep.findByJob",
    query = "SELECT s FROM ErasureStep s WHERE s.jobId = :jobId ORDER BY s.seq")
@NamedQuery(
    name = "ErasureStep.findNextPending",
    query = "SELECT s FROM ErasureStep s WHERE s.jobId = :jobId"
        + " AND s.status = com.genuka.privacy.erasure.entity.StepStatus.PENDING ORDER BY s.seq")
public class ErasureStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false, updatable = false)
  private Long jobId;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(length = 5, updatable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StepStatus status = StepStatus.PENDING;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private StepOutcome outcome;

  @Column(name = "rows_affected", nullable = false)
  private long rowsAffected;

  @Column(name = "pass_rows", nullable = false)
  private long passRows;

  @Column(name = "kept_until")
  private LocalDate keptUntil;

  /** The earliest end of the holds the step keeps rows under, when they differ (invoices). */
  @Column(name = "kept_from")
  private LocalDate keptFrom;

  @Column(length = 2000)
  private String detail;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  protected ErasureStep() {}

  public ErasureStep(Long jobId, int seq, String code, String category, StepOutcome outcome) {
    this.jobId = jobId;
    this.seq = seq;
    this.code = code;
    this.category = category;
    this.outcome = outcome;
  }

  /** Counts the rows of one batch, in the batch's transaction. */
  public void addRows(long rows) {
    rowsAffected += rows;
    passRows += rows;
  }

  public void markDone(Instant now) {
    status = StepStatus.DONE;
    doneAt = now;
  }

  /** A new run of the job does every step again; what earlier runs did stays counted. */
  public void reopen() {
    status = StepStatus.PENDING;
    passRows = 0;
    doneAt = null;
  }

  public Long getId() {
    return id;
  }

  public Long getJobId() {
    return jobId;
  }

  public int getSeq() {
    return seq;
  }

  public String getCode() {
    return code;
  }

  public String getCategory() {
    return category;
  }

  public StepStatus getStatus() {
    return status;
  }

  public StepOutcome getOutcome() {
    return outcome;
  }

  public long getRowsAffected() {
    return rowsAffected;
  }

  public long getPassRows() {
    return passRows;
  }

  public LocalDate getKeptUntil() {
    return keptUntil;
  }

  public void setKeptUntil(LocalDate keptUntil) {
    this.keptUntil = keptUntil;
  }

  public LocalDate getKeptFrom() {
    return keptFrom;
  }

  public void setKeptFrom(LocalDate keptFrom) {
    this.keptFrom = keptFrom;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
