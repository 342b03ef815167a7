package com.genuka.privacy.registers.boundary;

import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.registers.entity.DataLocation;
import com.genuka.privacy.registers.entity.LegalPeriod;
import com.genuka.privacy.registers.entity.PolicyVersion;
import com.genuka.privacy.registers.entity.SubProcessor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Public registers (R-G1..R-G3): no login needed, nothing personal in them. */
@Stateless
@PermitAll
public class RegisterService {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  public List<SubProcessor> subProcessors() {
    return em.createNamedQuery("SubProcessor.findAll", SubProcessor.class).getResultList();
  }

  /** The providers that receive a data category (C1..C8): its recipients. */
  public List<SubProcessor> recipientsOf(String category) {
    return subProcessors().stream().filter(s -> s.receives(category)).toList();
  }

  public List<DataLocation> dataLocations() {
    return em.createNamedQuery("DataLocation.findAll", DataLocation.class).getResultList();
  }

  public List<PolicyVersion> policyVersions() {
    return em.createNamedQuery("PolicyVersion.findAll", PolicyVersion.class).getResultList();
  }

  /** The version in force today: the latest whose effective date has come. */
  public PolicyVersion policyInForce() {
    return em.createNamedQuery("PolicyVersion.findInForce", PolicyVersion.class)
        .setParameter("today", clock.today())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no policy version in force"));
  }

  public PolicyVersion policyVersion(long id) {
    return em.find(PolicyVersion.class, id);
  }

  /** Policy text in the reader's language; the French original when no translation exists. */
  public String policyText(long id, String language) {
    PolicyVersion v = em.find(PolicyVersion.class, id);
    if (v == null) {
      return null;
    }
    return "en".equals(language) && v.getTextEn() != null ? v.getTextEn() : v.getTextFr();
  }

  public List<LegalPeriod> legalPeriods() {
    return em.createNamedQuery("LegalPeriod.findAll", LegalPeriod.class).getResultList();
  }
}
