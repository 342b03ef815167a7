package com.genuka.privacy.retention.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every sweep, by the code of the rule it enforces. ACCOUNT (C1 lives while the account does) and
 * BACKUP (the backups delete themselves; tombstones record when) have none.
 */
public final class Sweeps {

  private static final List<Sweep> ALL = List.of(
      CandidateSweep.notHired(),
      CandidateSweep.hired(),
      TimeRangeSweep.browserLog(),
      TimeRangeSweep.idleSessions(),
      TimeRangeSweep.sessionsAtMaximum(),
      new EnterpriseDatabaseSweep(),
      TimeRangeSweep.recordings(),
      new BillingHoldSweep(),
      new ExportFileSweep(),
      new ClosedCompanySweep());

  private static final Map<String, Sweep> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Sweep::ruleCode, Function.identity()));

  private Sweeps() {}

  public static List<Sweep> all() {
    return ALL;
  }

  public static Optional<Sweep> of(String ruleCode) {
    return Optional.ofNullable(ruleCode == null ? null : BY_CODE.get(ruleCode));
  }

  /** Sweeps start a few minutes apart, in this order, so that they do not all load the database at once. */
  public static int minuteOf(String ruleCode) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).ruleCode().equals(ruleCode)) {
        return i * 5;
      }
    }
    throw new IllegalArgumentException("no sweep for " + ruleCode);
  }
}
