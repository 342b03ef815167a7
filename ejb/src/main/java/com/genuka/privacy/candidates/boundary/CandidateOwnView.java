package com.genuka.privacy.candidates.boundary;

import java.util.List;

/**
 * The candidate's own page: their contact data, each application held under their address, their
 * requests, and the period of the rules that dates the deletion (R-T1).
 *
 * @param periodAmount and {@code periodUnit}: the R-T1 period, from the rules
 */
public record CandidateOwnView(
    String fullName,
    String email,
    String phone,
    String locale,
    List<OwnApplication> applications,
    List<CandidateRequestLine> requests,
    int periodAmount,
    String periodUnit) {

  /** Whether an objection can still change something: some application is not hired and not objected to. */
  public boolean isObjectionPossible() {
    return applications.stream().anyMatch(a -> !a.isHired() && !a.objected());
  }

  public boolean isAllHired() {
    return applications.stream().allMatch(OwnApplication::isHired);
  }

  /** An erasure already asked for and not finished. */
  public CandidateRequestLine getOpenErasure() {
    return requests.stream().filter(r -> r.open() && "ERASURE".equals(r.type())).findFirst().orElse(null);
  }

  public OwnApplication getTalentPoolQuestion() {
    return applications.stream().filter(OwnApplication::isTalentPoolQuestionOpen).findFirst().orElse(null);
  }
}
