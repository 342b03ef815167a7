package com.genuka.privacy.browsing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the passive log the policy describes: IP address, date and time, browser version and
 * platform, referring page, and the browser's language and country. Tied to a user only while they
 * are logged in. Read-only once written: the log is never edited, only deleted by the R-T3 sweep.
 */
@Entity
@Table(name = "browser_log")
@NamedQuery(
    name = "BrowserLogEntry.findByUser",
    query = "SELECT b FROM BrowserLogEntry b WHERE b.userId = :userId ORDER BY b.visitedAt DESC, b.id DESC")
@NamedQuery(
    name = "BrowserLogEntry.countByUser",
    query = "SELECT COUNT(b) FROM BrowserLogEntry b WHERE b.userId = :userId")
public class BrowserLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Column(name = "visited_at", nullable = false, updatable = false)
  private Instant visitedAt;

  @Column(name = "ip_address", nullable = false, length = 45, updatable = false)
  private String ipAddress;

  @Column(length = 100, updatable = false)
  private String browser;

  @Column(length = 100, updatable = false)
  private String platform;

  @Column(length = 1000, updatable = false)
  private String referrer;

  @Column(length = 35, updatable = false)
  private String language;

  @Column(length = 2, updatable = false)
  private String country;

  @Column(length = 500, updatable = false)
  private String path;

  protected BrowserLogEntry() {}

  public BrowserLogEntry(Long tenantId, Long userId, Instant visitedAt, String ipAddress,
      String browser, String platform, String referrer, String language, String country,
      String path) {
    this.tenantId = tenantId;
    this.userId = userId;
    this.visitedAt = visitedAt;
    this.ipAddress = ipAddress;
    this.browser = browser;
    this.platform = platform;
    this.referrer = referrer;
    this.language = language;
    this.country = country;
    this.path = path;
  }

  public Long getId() {
    return id;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public Long getUserId() {
    return userId;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public String getBrowser() {
    return browser;
  }

  public String getPlatform() {
    return platform;
  }

  public String getReferrer() {
    return referrer;
  }

  public String getLanguage() {
    return language;
  }

  public String getCountry() {
    return country;
  }

  public String getPath() {
    return path;
  }
}
