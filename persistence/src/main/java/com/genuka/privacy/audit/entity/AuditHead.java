package com.genuka.privacy.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the chain's last id and hash; appenders lock it to stay in line. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditHead() {}

  public long getLastId() {
    return lastId;
  }

  public String getLastHash() {
    return lastHash;
  }

  public void advance(long id, String hash) {
    this.lastId = id;
    this.lastHash = hash;
  }
}
