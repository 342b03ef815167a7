package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.retention.entity.DeletionCause;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.Tombstone;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes all the session recordings of a request's subject, with a tombstone that names the
 * request, and completes the request in the same transaction: either both happen or neither.
 */
@Stateless
@PermitAll
public class RecordingDeletion {

  private static final Logger LOG = Logger.getLogger(RecordingDeletion.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @EJB RequestWorkflow workflow;

  /** Carries the request out; on failure, the request stays open and its history says why. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void carryOut(long requestId) {
    String refusal;
    try {
      refusal = context.getBusinessObject(RecordingDeletion.class).deleteAndComplete(requestId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Recording deletion for request " + requestId + " failed", e);
      refusal = "recordings could not be deleted: " + e.getMessage();
    }
    if (refusal != null) {
      workflow.failBySystem(requestId, refusal);
    }
  }

  /** Returns why the request cannot be carried out, or null once it is done. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String deleteAndComplete(long requestId) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null || r.getStatus() != RequestStatus.IN_PROGRESS) {
      return null;
    }
    if (r.getSubjectUserId() == null || r.getTenantId() == null) {
      return "the subject has no portal account: their recordings cannot be told apart; find them by hand";
    }
    Instant now = clock.now();
    LocalDate today = LocalDate.ofInstant(now, clock.zone());
    int deleted = em.createNamedQuery("SessionRecording.deleteAllOfUser")
        .setParameter("userId", r.getSubjectUserId())
        .setParameter("tenantId", r.getTenantId())
        .executeUpdate();
    RetentionRule backup = em.find(RetentionRule.class, "BACKUP");
    LocalDate leaves = backup.getUnit().plus(today, backup.getAmount());
    if (deleted > 0) {
      em.persist(new Tombstone("C5", "RECORDING", "session recordings deleted on request " + r.getReference(),
          deleted, DeletionCause.REQUEST, r.getSubjectRef(), r.getTenantId(), r.getId(), now, leaves));
    }
    workflow.completeBySystem(requestId, note(deleted, leaves, r.getLocale()));
    return null;
  }

  /** What the subject is told, in their language. */
  static String note(int deleted, LocalDate leavesBackups, String language) {
    String date = MailFormat.date(leavesBackups, language);
    if ("en".equals(language)) {
      return deleted == 0 ? "We held no session recording of yours: there was nothing to delete."
          : deleted + (deleted == 1 ? " session recording was" : " session recordings were")
              + " deleted. Copies remain in our secure backups until " + date + " at the latest, then disappear.";
    }
    return deleted == 0 ? "Nous ne détenions aucun enregistrement de vos sessions : il n'y avait rien à supprimer."
        : deleted + (deleted == 1 ? " enregistrement de session a été supprimé" : " enregistrements de session ont été supprimés")
            + ". Des copies restent dans nos sauvegardes sécurisées jusqu'au " + date + " au plus tard, puis disparaissent.";
  }
}
