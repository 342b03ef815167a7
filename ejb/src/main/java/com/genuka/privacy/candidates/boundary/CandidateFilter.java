package com.genuka.privacy.candidates.boundary;

import java.time.LocalDate;

/**
 * What HR searches the candidate list by: words of the name or e-mail, the position, the state,
 * and "deleted on or before" a day. Empty values do not filter.
 *
 * @param sort NAME, APPLIED or LAST_CONTACT (the default: most recent exchange first)
 * @param page the page, from 1
 */
public record CandidateFilter(String query, String position, String state, LocalDate deletionBefore,
    String sort, int page) {

  public static CandidateFilter all() {
    return new CandidateFilter(null, null, null, null, null, 1);
  }
}
