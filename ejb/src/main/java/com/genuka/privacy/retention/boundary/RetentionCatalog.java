package com.genuka.privacy.retention.boundary;

import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.RetentionRuleChange;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The one definition of every retention period. The public retention page, the customer's deletion
 * dates and the sweeps all read these rows; nothing else states a period.
 */
@Stateless
@PermitAll
public class RetentionCatalog {

  @PersistenceContext EntityManager em;

  public List<RetentionRule> rules() {
    return em.createNamedQuery("RetentionRule.findAll", RetentionRule.class).getResultList();
  }

  public RetentionRule rule(String code) {
    RetentionRule rule = em.find(RetentionRule.class, code);
    if (rule == null) {
      throw new IllegalArgumentException("unknown retention rule " + code);
    }
    return rule;
  }

  public List<RetentionRuleChange> changes() {
    return em.createNamedQuery("RetentionRuleChange.findAll", RetentionRuleChange.class).getResultList();
  }
}
