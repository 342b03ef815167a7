package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.candidates.control.CandidateRetention;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.LegalPeriodKind;
import com.genuka.privacy.retention.entity.RetentionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The candidate list of the HR workspace, with each candidate's deletion date. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class CandidateDirectory {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  public List<CandidateSummary> list() {
    RetentionRule notHired = em.find(RetentionRule.class, "CANDIDATE_NOT_HIRED");
    Map<String, Integer> employmentYears = em.createNamedQuery("LegalPeriod.findAll", LegalPeriod.class)
        .getResultList().stream()
        .filter(p -> p.getKind() == LegalPeriodKind.EMPLOYMENT)
        .collect(Collectors.toMap(LegalPeriod::getCountry, LegalPeriod::getYears));
    LocalDate today = clock.today();
    return em.createNamedQuery("Candidate.findAll", Candidate.class).getResultList().stream()
        .map(c -> new CandidateSummary(c.getId(), c.getFullName(), c.getEmail(), c.getPosition(),
            c.getState().name(), c.getAppliedAt(), c.getLastContactAt(),
            CandidateRetention.deletionDate(c, clock.zone(), notHired.getAmount(), notHired.getUnit(),
                c.getEmploymentCountry() == null ? null : employmentYears.get(c.getEmploymentCountry()), today),
            c.isObjectedToRetention()))
        .toList();
  }
}
