package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.requests.boundary.RequestStarted;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * R-T6 « or sooner on request »: when an admin starts a request to delete session recordings
 * (filed in the portal, or logged from an e-mail or a WhatsApp message), the recordings go at once
 * and the request is completed, or it stays open with the reason why not.
 */
@ApplicationScoped
public class RecordingDeletionRequests {

  @EJB RecordingDeletion deletion;

  void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestStarted started) {
    if (started.type() == RequestType.RECORDING_DELETION) {
      deletion.carryOut(started.requestId());
    }
  }
}
