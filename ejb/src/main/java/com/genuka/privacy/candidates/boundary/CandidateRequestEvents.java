package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.requests.boundary.RequestStarted;
import com.genuka.privacy.requests.boundary.RequestVerified;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to the request workflow for candidates' requests. A verified request e-mails HR inside
 * the verification's own transaction (the outbox row commits with it); a started erasure is
 * announced to HR after the admin's start has committed.
 */
@ApplicationScoped
public class CandidateRequestEvents {

  private static final Logger LOG = Logger.getLogger(CandidateRequestEvents.class.getName());

  @EJB CandidateRequestsDesk desk;

  void onVerified(@Observes RequestVerified verified) {
    if (verified.subjectKind() == SubjectKind.CANDIDATE) {
      desk.announceVerified(verified.requestId());
    }
  }

  void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestStarted started) {
    if (started.type() != RequestType.ERASURE) {
      return;
    }
    try {
      desk.announceErasureStarted(started.requestId());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not tell HR that request " + started.requestId() + " started", e);
    }
  }
}
