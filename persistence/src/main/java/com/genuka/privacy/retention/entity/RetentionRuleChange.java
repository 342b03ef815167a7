package com.genuka.privacy.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dated change of a retention period, shown on the public retention page. */
@Entity
@Table(name = "retention_rule_change")
@NamedQuery(
    name = "RetentionRuleChange.findAll",
    query = "SELECT c FROM RetentionRuleChange c ORDER BY c.changedAt DESC, c.id DESC")
public class RetentionRuleChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rule_code", nullable = false, length = 40, updatable = false)
  private String ruleCode;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "actor_ref", nullable = false, length = 36, updatable = false)
  private String actorRef;

  @Column(name = "old_amount", updatable = false)
  private Integer oldAmount;

  @Column(name = "new_amount", updatable = false)
  private Integer newAmount;

  @Column(nullable = false, length = 1000, updatable = false)
  private String reason;

  /** For a change of a country's statutory period (BILLING, CANDIDATE_HIRED): the country. */
  @Column(length = 2, updatable = false)
  private String country;

  protected RetentionRuleChange() {}

  public RetentionRuleChange(String ruleCode, Instant changedAt, String actorRef, Integer oldAmount,
      Integer newAmount, String reason) {
    this.ruleCode = ruleCode;
    this.changedAt = changedAt;
    this.actorRef = actorRef;
    this.oldAmount = oldAmount;
    this.newAmount = newAmount;
    this.reason = reason;
  }

  public RetentionRuleChange(String ruleCode, String country, Instant changedAt, String actorRef,
      Integer oldAmount, Integer newAmount, String reason) {
    this(ruleCode, changedAt, actorRef, oldAmount, newAmount, reason);
    this.country = country;
  }

  public Long getId() {
    return id;
  }

  public String getRuleCode() {
    return ruleCode;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActorRef() {
    return actorRef;
  }

  public Integer getOldAmount() {
    return oldAmount;
  }

  public Integer getNewAmount() {
    return newAmount;
  }

  public String getReason() {
    return reason;
  }

  public String getCountry() {
    return country;
  }
}
