package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person touched by a tombstone that counts a batch of several people's rows (R-T7), with how
 * many of those rows were theirs: what lets that person see the deletion. Written by the sweeps'
 * set-based inserts only.
 */
@Entity
@Table(name = "tombstone_subject")
@IdClass(TombstoneSubject.Key.class)
public class TombstoneSubject {

  @Id
  @Column(name = "tombstone_id", nullable = false, updatable = false)
  private Long tombstoneId;

  @Id
  @Column(name = "subject_ref", nullable = false, length = 36, updatable = false)
  private String subjectRef;

  @Column(name = "row_count", nullable = false, updatable = false)
  private int rowCount;

  protected TombstoneSubject() {}

  public Long getTombstoneId() {
    return tombstoneId;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public int getRowCount() {
    return rowCount;
  }

  /** The key: one row per tombstone and person. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long tombstoneId;
    private String subjectRef;

    public Key() {}

    public Key(Long tombstoneId, String subjectRef) {
      this.tombstoneId = tombstoneId;
      this.subjectRef = subjectRef;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(tombstoneId, k.tombstoneId) && Objects.equals(subjectRef, k.subjectRef);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tombstoneId, subjectRef);
    }
  }
}
