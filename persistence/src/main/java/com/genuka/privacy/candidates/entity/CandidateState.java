package com.genuka.privacy.candidates.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands: applied → interviewing → offer → hired, or rejected or withdrawn.
 * The allowed moves live here so that the HR workspace and the tests share them.
 */
public enum CandidateState {
  APPLIED,
  INTERVIEWING,
  OFFER,
  HIRED,
  REJECTED,
  WITHDRAWN;

  public Set<CandidateState> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(INTERVIEWING, REJECTED, WITHDRAWN);
      case INTERVIEWING -> EnumSet.of(OFFER, REJECTED, WITHDRAWN);
      case OFFER -> EnumSet.of(HIRED, REJECTED, WITHDRAWN);
      case HIRED, REJECTED, WITHDRAWN -> EnumSet.noneOf(CandidateState.class);
    };
  }

  public boolean canMoveTo(CandidateState target) {
    return next().contains(target);
  }

  /** More personal data may be asked only once an offer is made (policy, « Données relatives aux candidatures »). */
  public boolean allowsOfferData() {
    return this == OFFER || this == HIRED;
  }
}
