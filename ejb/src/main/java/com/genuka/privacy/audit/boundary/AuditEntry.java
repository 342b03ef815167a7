package com.genuka.privacy.audit.boundary;

/**
 * What to append to the audit log. {@code summary} must not identify anyone ("phone changed");
 * {@code personalDetails} (an old value, a reason typed by a person) is sealed with the subject's
 * key and needs a subject.
 */
public record AuditEntry(
    Actor actor,
    String action,
    String subjectRef,
    Long tenantId,
    String targetType,
    String targetId,
    String summary,
    String personalDetails) {

  public static AuditEntry of(Actor actor, String action) {
    return new AuditEntry(actor, action, null, null, null, null, null, null);
  }

  public AuditEntry subject(String ref) {
    return new AuditEntry(actor, action, ref, tenantId, targetType, targetId, summary, personalDetails);
  }

  public AuditEntry tenant(Long id) {
    return new AuditEntry(actor, action, subjectRef, id, targetType, targetId, summary, personalDetails);
  }

  public AuditEntry target(String type, Object id) {
    return new AuditEntry(actor, action, subjectRef, tenantId, type, id == null ? null : id.toString(),
        summary, personalDetails);
  }

  public AuditEntry summary(String text) {
    return new AuditEntry(actor, action, subjectRef, tenantId, targetType, targetId, text, personalDetails);
  }

  public AuditEntry details(String text) {
    return new AuditEntry(actor, action, subjectRef, tenantId, targetType, targetId, summary, text);
  }

  /** Who acted, by pseudonymous reference only. */
  public record Actor(String ref, String role) {
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");
    public static final Actor ANONYMOUS = new Actor("anonymous", "VISITOR");
  }
}
