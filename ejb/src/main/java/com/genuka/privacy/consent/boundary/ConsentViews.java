package com.genuka.privacy.consent.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** What the consent pages show. */
public final class ConsentViews {

  private ConsentViews() {}

  /** Where a purpose stands now: its latest decision, or refused when none was ever recorded. */
  public record ConsentState(String purpose, boolean granted, Instant since, String method,
      LocalDate policyEffectiveDate) {}

  /** One decision of the history: when, how, under which policy version. */
  public record ConsentEntry(long id, String purpose, boolean granted, Instant recordedAt, String method,
      LocalDate policyEffectiveDate, String policyLabel) {}

  /** What the public unsubscribe page may say about a link: nothing that identifies its holder beyond a hint. */
  public record UnsubscribeLink(boolean known, boolean subscribed, String emailHint, String locale) {}

  /** What a one-click unsubscribe did. */
  public enum UnsubscribeOutcome {
    UNSUBSCRIBED,
    ALREADY_UNSUBSCRIBED,
    UNKNOWN_LINK
  }
}
