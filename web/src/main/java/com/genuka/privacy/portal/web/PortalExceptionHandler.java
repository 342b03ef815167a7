package com.genuka.privacy.portal.web;

import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what goes wrong during a JSF request into something a person can read in their language:
 * their own mistakes become messages on the page (and, being rolled back, changed nothing); an
 * expired view, a refused access or our own failure lead to a page that says so. No stack trace
 * reaches a user; our failures are logged with an incident number the page shows.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

  public PortalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
      ExceptionQueuedEventContext event = it.next().getContext();
      Throwable thrown = event.getException();
      FacesContext faces = event.getContext();
      it.remove();
      try {
        handle(faces, thrown);
      } catch (IOException e) {
        LOG.log(Level.SEVERE, "Could not show the error page", e);
      }
      if (faces.getResponseComplete()) {
        break;
      }
    }
    getWrapped().handle();
  }

  private void handle(FacesContext faces, Throwable thrown) throws IOException {
    ExternalContext ext = faces.getExternalContext();
    UserFacingException userError = find(thrown, UserFacingException.class);
    if (userError != null) {
      Messages.error(userError.getMessageKey(), userError.getArguments());
      faces.renderResponse();
      return;
    }
    if (find(thrown, OptimisticLockException.class) != null) {
      Messages.error("error.concurrentChange");
      faces.renderResponse();
      return;
    }
    if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && find(thrown, IllegalArgumentException.class) != null) {
      // A post the portal's pages cannot have produced (malformed parameters).
      redirect(faces, ext, "/error/400.xhtml");
      return;
    }
    if (find(thrown, ViewExpiredException.class) != null) {
      redirect(faces, ext, "/error/expired.xhtml");
      return;
    }
    if (find(thrown, EJBAccessException.class) != null || find(thrown, SecurityException.class) != null) {
      redirect(faces, ext, "/error/403.xhtml");
      return;
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + ext.getRequestServletPath(), thrown);
    redirect(faces, ext, "/error/500.xhtml?incident=" + incident);
  }

  private static void redirect(FacesContext faces, ExternalContext ext, String path) throws IOException {
    if (!ext.isResponseCommitted()) {
      ext.redirect(ext.getRequestContextPath() + path);
    }
    faces.responseComplete();
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof FacesException && t.getCause() == null) {
        break;
      }
    }
    return null;
  }
}
