package com.genuka.privacy.browsing.boundary;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.browsing.control.UserAgents;
import com.genuka.privacy.browsing.entity.BrowserLogEntry;
import com.genuka.privacy.browsing.entity.ServerSession;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.retention.entity.PeriodUnit;
import com.genuka.privacy.retention.entity.RetentionRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes the passive browser log and keeps server-side session records. Called by a servlet
 * filter for every page view; the log write is asynchronous so that a page never waits for it.
 */
@Stateless
@PermitAll
public class VisitRecorder {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Asynchronous
  public void record(Visit v) {
    Long tenantId = null;
    if (v.userId() != null) {
      UserAccount account = em.find(UserAccount.class, v.userId());
      tenantId = account == null || account.getTenant() == null ? null : account.getTenant().getId();
    }
    em.persist(new BrowserLogEntry(tenantId, v.userId(), v.at(), UserAgents.truncate(v.ipAddress(), 45),
        UserAgents.truncate(v.browser(), 100), UserAgents.truncate(v.platform(), 100),
        UserAgents.truncate(v.referrer(), 1000), UserAgents.truncate(v.language(), 35), v.country(),
        UserAgents.truncate(v.path(), 500)));
  }

  /**
   * Notes activity on a logged-in session. Returns false when the session must end: its record
   * was removed by the retention sweep (idle too long) or it has reached the 3-month limit (R-T4).
   *
   * @param known whether this session was registered before (a new login has no record yet)
   */
  public boolean touch(String sessionId, long userId, boolean known, String ip, String userAgent) {
    String hash = Hashing.sha256Hex(sessionId);
    Instant now = clock.now();
    ServerSession session = em.createNamedQuery("ServerSession.findByHash", ServerSession.class)
        .setParameter("hash", hash).getResultStream().findFirst().orElse(null);
    if (session == null) {
      if (known) {
        return false;
      }
      em.persist(new ServerSession(hash, userId, now, UserAgents.truncate(ip, 45),
          UserAgents.truncate(UserAgents.describe(userAgent), 300)));
      return true;
    }
    if (session.getUserId() != userId || pastMaximum(session, now)) {
      em.remove(session);
      return false;
    }
    session.setLastActivityAt(now);
    return true;
  }

  public void end(String sessionId) {
    em.createQuery("DELETE FROM ServerSession s WHERE s.sessionHash = :hash")
        .setParameter("hash", Hashing.sha256Hex(sessionId))
        .executeUpdate();
  }

  private boolean pastMaximum(ServerSession session, Instant now) {
    RetentionRule max = em.find(RetentionRule.class, "SESSION_MAX");
    PeriodUnit unit = max.getUnit();
    return !unit.plus(session.getCreatedAt().atZone(clock.zone()), max.getAmount()).toInstant().isAfter(now);
  }
}
