package com.genuka.privacy.candidates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether the erasure engine is deployed: it carries a candidate's erasure out once an admin
 * starts it, and HR then has nothing to do. Until it exists, HR carries it out by hand. Known from
 * the schema (the engine's own migration creates {@code erasure_job}), so that the HR workspace
 * needs no compile-time link to the engine, whichever of the two is deployed first.
 */
@ApplicationScoped
public class ErasureEngine {

  @PersistenceContext EntityManager em;

  /** Whether the erasure engine's table exists (PostgreSQL and H2 both answer it). */
  public static final String ENGINE_TABLES =
      "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'erasure_job'";

  private volatile Boolean present;

  public boolean takesCandidateErasures() {
    Boolean known = present;
    if (known == null) {
      Number tables = (Number) em.createNativeQuery(ENGINE_TABLES).getSingleResult();
      known = tables.longValue() > 0;
      present = known;
    }
    return known;
  }
}
