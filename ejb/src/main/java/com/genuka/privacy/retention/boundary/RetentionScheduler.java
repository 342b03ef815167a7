package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.retention.control.Sweep;
import com.genuka.privacy.retention.control.SweepRunner;
import com.genuka.privacy.retention.control.SweepSchedule;
import com.genuka.privacy.retention.control.SweepSteps;
import com.genuka.privacy.retention.control.Sweeps;
import com.genuka.privacy.retention.entity.SweepRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily timers of the retention sweeps: one persistent EJB timer per sweep, at
 * {@code genuka.sweep.hour} in the deployment's time zone, the sweeps a few minutes apart. Liberty
 * keeps persistent timers in the application's database and fires a missed one once at the next
 * start ({@code missedPersistentTimerAction="ONCE"}); on top of that, a catch-up shortly after
 * every start (once the schema and the demo data are in place, in the background so the start is
 * not held up) runs, once, each sweep that has never run to its end and each whose scheduled time
 * passed since its last successful run: a first start deletes what is already past its day at
 * once, not at the next 03:00. A run is skipped when one already happened since the scheduled
 * time, so the two never double up.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoDataLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionScheduler {

  private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());
  private static final String CATCH_UP = "retention-catch-up";

  @Resource TimerService timers;

  @EJB SweepRunner runner;

  @EJB SweepSteps steps;

  @Inject PortalClock clock;

  @Inject
  @ConfigProperty(name = "genuka.sweep.hour", defaultValue = "3")
  int hour;

  /** Lets the application finish starting before the catch-up loads the database. */
  @Inject
  @ConfigProperty(name = "genuka.sweep.catch-up-delay-seconds", defaultValue = "20")
  int catchUpDelaySeconds;

  @PostConstruct
  void start() {
    int interrupted = steps.markInterrupted();
    if (interrupted > 0) {
      LOG.warning(() -> interrupted + " retention sweep run(s) were cut short by the last stop; the catch-up finishes them");
    }
    scheduleDailyTimers();
    runner.registerMetrics();
    timers.createSingleActionTimer(Math.max(0, catchUpDelaySeconds) * 1000L, new TimerConfig(CATCH_UP, false));
  }

  /** Keeps exactly one persistent timer per sweep, at the configured time; a changed hour replaces them. */
  private void scheduleDailyTimers() {
    Map<String, Timer> existing = new HashMap<>();
    for (Timer t : timers.getTimers()) {
      if (t.isPersistent() && t.getInfo() instanceof String code) {
        if (Sweeps.of(code).isEmpty() || existing.containsKey(code) || !matches(t.getSchedule(), code)) {
          t.cancel();
        } else {
          existing.put(code, t);
        }
      }
    }
    for (Sweep sweep : Sweeps.all()) {
      if (!existing.containsKey(sweep.ruleCode())) {
        SweepSchedule s = schedule(sweep.ruleCode());
        timers.createCalendarTimer(new ScheduleExpression().hour(s.hour()).minute(s.minute()).second(0)
            .timezone(s.zone().getId()), new TimerConfig(sweep.ruleCode(), true));
      }
    }
    LOG.info(() -> "Retention sweeps scheduled daily from " + String.format("%02d:00", hour) + " (" + clock.zone() + ")");
  }

  private boolean matches(ScheduleExpression e, String code) {
    SweepSchedule s = schedule(code);
    return String.valueOf(s.hour()).equals(e.getHour()) && String.valueOf(s.minute()).equals(e.getMinute())
        && s.zone().getId().equals(e.getTimezone());
  }

  public boolean hasSweep(String ruleCode) {
    return Sweeps.of(ruleCode).isPresent();
  }

  public SweepSchedule schedule(String ruleCode) {
    return new SweepSchedule(hour, Sweeps.minuteOf(ruleCode), clock.zone());
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void fire(Timer timer) {
    try {
      if (CATCH_UP.equals(timer.getInfo())) {
        catchUp();
      } else if (timer.getInfo() instanceof String code && Sweeps.of(code).isPresent()) {
        runner.runIfDue(code, SweepRun.Trigger.SCHEDULED, schedule(code));
      }
    } catch (RuntimeException e) {
      // A failed run is in the history; the timer itself must live on for tomorrow.
      LOG.log(Level.SEVERE, "Retention timer " + timer.getInfo() + " failed", e);
    }
  }

  /** Runs, once each, the sweeps that never ran or missed their scheduled time; returns the runs started. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Long> catchUp() {
    List<Long> runs = new ArrayList<>();
    for (Sweep sweep : Sweeps.all()) {
      runner.runIfDue(sweep.ruleCode(), SweepRun.Trigger.CATCH_UP, schedule(sweep.ruleCode())).ifPresent(runs::add);
    }
    return runs;
  }

  /**
   * Runs a sweep now and waits for its end (the benchmark and the test hooks; admins use {@link
   * RetentionAdmin#runNow}, which does not wait). Returns the run's id, or null if it was running.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Long runAndWait(String ruleCode) {
    return runner.run(ruleCode, SweepRun.Trigger.MANUAL).orElse(null);
  }

  /** When each sweep's timer fires next, as Liberty has it scheduled. */
  public Map<String, Instant> nextTimeouts() {
    Map<String, Instant> next = new HashMap<>();
    for (Timer t : timers.getTimers()) {
      if (t.isPersistent() && t.getInfo() instanceof String code) {
        next.put(code, t.getNextTimeout().toInstant());
      }
    }
    return next;
  }

  /** The day the next scheduled run of a sweep applies the rules for, by the portal's clock. */
  public Instant nextRun(String ruleCode) {
    return schedule(ruleCode).nextOccurrence(clock.now());
  }
}
