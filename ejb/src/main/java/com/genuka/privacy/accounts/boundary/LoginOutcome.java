package com.genuka.privacy.accounts.boundary;

import java.util.Set;

/**
 * The answer to a login attempt. A refusal never says whether the e-mail exists.
 *
 * @param accountId the account's id, which becomes the caller principal's name
 */
public record LoginOutcome(Result result, Long accountId, Set<String> roles, String locale) {

  /** What happened. */
  public enum Result {
    SUCCESS,
    INVALID,
    THROTTLED
  }

  static LoginOutcome invalid() {
    return new LoginOutcome(Result.INVALID, null, Set.of(), null);
  }

  static LoginOutcome throttled() {
    return new LoginOutcome(Result.THROTTLED, null, Set.of(), null);
  }

  public boolean succeeded() {
    return result == Result.SUCCESS;
  }
}
