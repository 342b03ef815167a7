package com.genuka.privacy.notify.boundary;

import com.genuka.privacy.notify.control.Backoff;
import com.genuka.privacy.notify.control.MailSender;
import com.genuka.privacy.notify.entity.OutboxMessage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, every few seconds: each due message is claimed, sent through the
 * Liberty mail session outside any transaction, then marked sent, or given a later attempt with
 * back-off when the mail server refuses or is down. Nothing is lost while the server is away, and
 * a message is marked sent once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 50;

  @Resource TimerService timers;

  @Resource(lookup = "mail/genuka")
  Session mailSession;

  @EJB OutboxStore store;

  @Inject
  @ConfigProperty(name = "genuka.outbox.poll-seconds", defaultValue = "10")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "genuka.outbox.retry-base-seconds", defaultValue = "30")
  int retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "genuka.outbox.retry-cap-seconds", defaultValue = "600")
  int retryCapSeconds;

  @Inject
  @ConfigProperty(name = "genuka.outbox.max-attempts", defaultValue = "500")
  int maxAttempts;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long every = Math.max(1, pollSeconds) * 1000L;
    timers.createIntervalTimer(every, every, new TimerConfig("outbox-dispatcher", false));
    LOG.info(() -> "Mail outbox dispatcher polling every " + pollSeconds + " s");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    dispatch();
  }

  /** Sends every due message; returns how many went. Runs one at a time. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int dispatch() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    int sent = 0;
    try {
      for (long id : store.dueIds(BATCH)) {
        OutboxMessage m = store.claim(id);
        if (m == null) {
          continue;
        }
        try {
          MailSender.send(mailSession, m);
          store.markSent(id);
          sent++;
        } catch (MessagingException | RuntimeException e) {
          Duration retryIn = Backoff.after(m.getAttempts(), Duration.ofSeconds(retryBaseSeconds),
              Duration.ofSeconds(retryCapSeconds));
          store.markFailed(id, describe(e), retryIn, maxAttempts);
          LOG.log(Level.WARNING, "Mail " + id + " (" + m.getKind() + ") not sent, attempt " + m.getAttempts()
              + ", next in " + retryIn.toSeconds() + " s: " + describe(e));
          if (e instanceof MessagingException && isConnectionProblem(e)) {
            break; // the server is away: leave the others for the next tick
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Mail outbox dispatch failed", e);
    } finally {
      running.set(false);
    }
    return sent;
  }

  private static boolean isConnectionProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
          || t instanceof jakarta.mail.MessagingException && String.valueOf(t.getMessage()).contains("Couldn't connect")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
    if (e.getCause() != null && e.getCause() != e) {
      s.append(" / ").append(e.getCause().getClass().getSimpleName()).append(": ").append(e.getCause().getMessage());
    }
    return s.toString();
  }
}
