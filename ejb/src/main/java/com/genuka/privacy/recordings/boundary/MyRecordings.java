package com.genuka.privacy.recordings.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.mydata.control.DeletionDates;
import com.genuka.privacy.mydata.control.DeletionDates.Period;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.recordings.entity.SessionRecording;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.DeletionCause;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.Tombstone;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * R-R5: the caller's session recordings. A recording is found only among the caller's own, in
 * their own tenant: an id of anyone else's reads exactly like an id that does not exist. Each
 * deletion leaves a tombstone with the day the recording leaves the backups (R-T7).
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyRecordings {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @EJB RetentionCatalog catalog;

  /** A recording as its subject sees it. */
  public record RecordingRow(long id, Instant recordedAt, int durationSeconds, int pageCount,
      List<String> maskedFields, LocalDate deletedOn, boolean beingDeleted) {}

  public List<RecordingRow> list() {
    UserAccount me = CallerAccounts.caller(context, em);
    Period keep = period("RECORDING");
    LocalDate today = clock.today();
    return em.createNamedQuery("SessionRecording.findByUser", SessionRecording.class)
        .setParameter("userId", me.getId())
        .setParameter("tenantId", me.getTenant().getId())
        .getResultStream()
        .map(r -> {
          LocalDate deleted = DeletionDates.deletionDay(r.getRecordedAt(), keep, clock.zone());
          return new RecordingRow(r.getId(), r.getRecordedAt(), r.getDurationSeconds(), r.getPageCount(),
              Arrays.stream(r.getMaskedFields().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
              deleted, DeletionDates.due(deleted, today));
        })
        .toList();
  }

  /** Deletes one of the caller's recordings; anything else is "no such recording" and changes nothing. */
  public void delete(long recordingId) {
    UserAccount me = CallerAccounts.caller(context, em);
    int deleted = em.createNamedQuery("SessionRecording.deleteOneOfUser")
        .setParameter("id", recordingId)
        .setParameter("userId", me.getId())
        .setParameter("tenantId", me.getTenant().getId())
        .executeUpdate();
    if (deleted == 0) {
      throw new UserFacingException("recordings.error.notFound");
    }
    trace(me, deleted, "session_recording " + recordingId, recordingId);
  }

  /** Deletes all the caller's recordings at once (one statement); returns how many there were. */
  public int deleteAll() {
    UserAccount me = CallerAccounts.caller(context, em);
    int deleted = em.createNamedQuery("SessionRecording.deleteAllOfUser")
        .setParameter("userId", me.getId())
        .setParameter("tenantId", me.getTenant().getId())
        .executeUpdate();
    if (deleted > 0) {
      trace(me, deleted, "session_recording: all of one subject", null);
    }
    return deleted;
  }

  private void trace(UserAccount me, int count, String reference, Long recordingId) {
    Instant now = clock.now();
    LocalDate leaves = DeletionDates.leavesBackupsOn(clock.today(), period("BACKUP"));
    em.persist(new Tombstone("C5", "RECORDING", reference, count, DeletionCause.SUBJECT, me.getSubjectRef(),
        me.getTenant().getId(), null, now, leaves));
    audit.append(AuditEntry.of(new Actor(me.getSubjectRef(), Role.CUSTOMER_NAME), "RECORDINGS_DELETED")
        .subject(me.getSubjectRef())
        .tenant(me.getTenant().getId())
        .target("session_recording", recordingId)
        .summary(count + " session recording(s) deleted by their subject"));
  }

  private Period period(String code) {
    RetentionRule rule = catalog.rule(code);
    return new Period(rule.getAmount(), rule.getUnit());
  }
}
