package com.genuka.privacy.erasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * The notice of an erasure recorded for a provider that received the erased data (GDPR art. 19).
 * The provider's name and location are copied from the register as it stood that day.
 */
@Entity
@Table(name = "erasure_notice")
@NamedQuery(
    name = "ErasureNotice.findByJob",
    query = "SELECT n FROM ErasureNotice n WHERE n.jobId = :jobId ORDER BY n.subProcessorName")
public class ErasureNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false, updatable = false)
  private Long jobId;

  @Column(name = "sub_processor_id", nullable = false, updatable = false)
  private Long subProcessorId;

  @Column(name = "sub_processor_name", nullable = false, length = 100, updatable = false)
  private String subProcessorName;

  @Column(name = "location_fr", nullable = false, length = 200, updatable = false)
  private String locationFr;

  @Column(name = "location_en", nullable = false, length = 200, updatable = false)
  private String locationEn;

  @Column(nullable = false, length = 100, updatable = false)
  private String categories;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ErasureNotice() {}

  public ErasureNotice(Long jobId, Long subProcessorId, String subProcessorName, String locationFr,
      String locationEn, String categories, Instant recordedAt) {
    this.jobId = jobId;
    this.subProcessorId = subProcessorId;
    this.subProcessorName = subProcessorName;
    this.locationFr = locationFr;
    this.locationEn = locationEn;
    this.categories = categories;
    this.recordedAt = recordedAt;
  }

  public String location(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage()) ? locationFr : locationEn;
  }

  public Long getId() {
    return id;
  }

  public Long getJobId() {
    return jobId;
  }

  public Long getSubProcessorId() {
    return subProcessorId;
  }

  public String getSubProcessorName() {
    return subProcessorName;
  }

  public String getCategories() {
    return categories;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
