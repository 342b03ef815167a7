package com.genuka.privacy.candidates.control;

import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateEvent;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes down what happens to a candidate's file, twice and in the caller's transaction: as a
 * dated step of the application (shown to HR and to the candidate) and in the audit log, where the
 * summary never names the person and personal details are sealed with their key. Also reads the
 * retention terms that date their deletion.
 */
@Dependent
public class CandidateJournal {

  public static final String CANDIDATE_ROLE = "CANDIDATE";

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  @Inject RetentionCatalog catalog;

  @Inject PortalClock clock;

  /** Today's R-T1 period and R-T2 statutory periods, from the rules. */
  public RetentionTerms terms() {
    RetentionRule notHired = catalog.rule("CANDIDATE_NOT_HIRED");
    Map<String, Integer> years = em.createNamedQuery("LegalPeriod.findAll", LegalPeriod.class).getResultList().stream()
        .filter(p -> p.getKind() == LegalPeriodKind.EMPLOYMENT)
        .collect(Collectors.toMap(LegalPeriod::getCountry, LegalPeriod::getYears, (a, b) -> a));
    return new RetentionTerms(notHired.getAmount(), notHired.getUnit(), years, clock.today(), clock.zone());
  }

  public void step(Candidate c, String kind, CandidateState from, CandidateState to, Long actorUserId, String note) {
    em.persist(new CandidateEvent(c.getId(), clock.now(), kind, from, to, actorUserId, note));
  }

  public void audit(Actor actor, String action, Candidate c, String summary, String personalDetails) {
    AuditEntry entry = AuditEntry.of(actor, action).subject(c.getSubjectRef()).target("candidate", c.getId())
        .summary(summary);
    audit.append(personalDetails == null ? entry : entry.details(personalDetails));
  }

  public static Actor candidateActor(Candidate c) {
    return new Actor(c.getSubjectRef(), CANDIDATE_ROLE);
  }
}
