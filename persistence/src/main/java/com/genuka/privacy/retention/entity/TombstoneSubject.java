package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person touched by a tombstone that counts a batch of several people's rows (R-T7), with how
 * many of those rows were theirs: what lets that person see the deletion. Written by the sweeps'
 * set-based inserts only.
 */
@Entity
@Table(name = "tombstone_subject")
public class TombstoneSubject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tombstone_id", nullable = false, updatable = false)
  private Long tombstoneId;

  @Column(name = "subject_ref", nullable = false, length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "row_count", nullable = false, updatable = false)
  private int rowCount;

  protected TombstoneSubject() {}

  public Long getId() {
    return id;
  }

  public Long getTombstoneId() {
    return tombstoneId;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public int getRowCount() {
    return rowCount;
  }
}
