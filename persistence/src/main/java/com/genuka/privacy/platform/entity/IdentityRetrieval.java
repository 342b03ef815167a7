package com.genuka.privacy.platform.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads generated identity values with {@code SELECT LASTVAL()}, which PostgreSQL and H2 in its
 * PostgreSQL mode both answer. EclipseLink 4.0's H2 platform still asks for {@code CALL
 * IDENTITY()}, a function H2 2.x no longer has; with this the embedded database of the default run
 * and PostgreSQL share one mapping.
 */
public class IdentityRetrieval implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    var login = session.getLogin();
    fix(login.getDefaultSequence());
    if (login.getSequences() != null) {
      for (Object sequence : login.getSequences().values()) {
        fix((Sequence) sequence);
      }
    }
  }

  private static void fix(Sequence sequence) {
    if (sequence instanceof NativeSequence nativeSequence && nativeSequence.getSelectQuery() == null) {
      nativeSequence.setSelectQuery(new ValueReadQuery("SELECT LASTVAL()"));
    }
  }
}
