package com.genuka.privacy.erasure.boundary;

import com.genuka.privacy.erasure.control.EngineState;
import com.genuka.privacy.erasure.control.ErasureJobs;
import com.genuka.privacy.erasure.control.ErasureRunner;
import com.genuka.privacy.export.control.ExportGenerator;
import com.genuka.privacy.export.control.ExportJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the engines in the background. Work is handed to the managed executor as soon as it is
 * queued; a timer every few seconds also picks up what no server is working on (queued work, and
 * work whose server died: its lease ran out), expires export files at the end of their life (R-T9)
 * and removes delivered mails about erased people from the outbox. Each server has an id of its
 * own, which its leases carry.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EngineScheduler {

  private static final Logger LOG = Logger.getLogger(EngineScheduler.class.getName());
  /** Exports are heavy: at most this many at once on one server. */
  static final int MAX_EXPORTS = 2;

  private final String owner = UUID.randomUUID().toString();
  private final Set<Long> runningJobs = ConcurrentHashMap.newKeySet();
  private final Set<Long> runningFiles = ConcurrentHashMap.newKeySet();

  @Resource TimerService timers;

  @Resource ManagedExecutorService executor;

  @EJB ErasureJobs erasures;

  @EJB ErasureRunner runner;

  @EJB ExportJobs exports;

  @EJB ExportGenerator generator;

  @Inject EngineState state;

  @Inject
  @ConfigProperty(name = "genuka.engines.tick-seconds", defaultValue = "5")
  int tickSeconds;

  @PostConstruct
  void start() {
    long every = Math.max(1, tickSeconds) * 1000L;
    timers.createIntervalTimer(every, every, new TimerConfig("engines", false));
    LOG.info(() -> "Engines scheduled every " + tickSeconds + " s (server " + owner + ")");
  }

  @PreDestroy
  void stop() {
    state.stopping();
  }

  @Timeout
  void tick(Timer timer) {
    if (state.isStopping()) {
      return;
    }
    try {
      erasures.runnable().forEach(this::submitErasure);
      exports.runnable().forEach(this::submitExport);
      erasures.scrubDeliveredMail();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Engine tick failed; the next one tries again", e);
    }
  }

  public void submitErasure(long jobId) {
    if (state.isStopping() || !runningJobs.add(jobId)) {
      return;
    }
    try {
      executor.submit(() -> {
        try {
          runner.run(jobId, owner);
        } finally {
          runningJobs.remove(jobId);
        }
      });
    } catch (RejectedExecutionException e) {
      runningJobs.remove(jobId);
    }
  }

  public void submitExport(long fileId) {
    if (state.isStopping() || runningFiles.size() >= MAX_EXPORTS || !runningFiles.add(fileId)) {
      return;
    }
    try {
      executor.submit(() -> {
        try {
          generator.run(fileId, owner);
        } finally {
          runningFiles.remove(fileId);
        }
      });
    } catch (RejectedExecutionException e) {
      runningFiles.remove(fileId);
    }
  }

  public String owner() {
    return owner;
  }
}
