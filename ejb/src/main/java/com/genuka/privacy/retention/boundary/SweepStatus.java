package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.retention.control.Sweep;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.SweepRun;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sweep as the admin page shows it.
 *
 * @param nextTimer when Liberty's persistent timer fires next (null if it is missing)
 * @param nextRun the next scheduled run by the portal's clock, whose day {@code preview} is for
 * @param lastRun the latest run, or null
 * @param preview what the next scheduled run would delete, with the rules applied on its day
 * @param today the day "run now" applies the rules for
 * @param previewNow what a run started now ("run now") would delete: today's rules
 */
public record SweepStatus(
    RetentionRule rule,
    Instant nextTimer,
    Instant nextRun,
    LocalDate nextRunDay,
    boolean running,
    SweepRun lastRun,
    Sweep.Preview preview,
    LocalDate today,
    Sweep.Preview previewNow) {}
