package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.CandidateMails;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR writes to a candidate: the link to their own page (where they see their data and act on it
 * without an account, R-R3), or, for a candidate not selected, the question whether they agree to
 * stay in the talent pool, answered on that page. Each link works once.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class CandidateOutreach {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject CandidateJournal journal;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "genuka.candidates.link-days", defaultValue = "7")
  int linkDays;

  public void sendPageLink(long candidateId) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = find(candidateId);
    Instant expires = clock.now().plus(Duration.ofDays(linkDays));
    String token = newLink(em, c, clock.now(), expires);
    outbox.send(mails().pageLink(c, token, expires));
    journal.step(c, "LINK_SENT", null, null, hr.getId(), null);
    journal.audit(CandidateRecords.actor(hr), "CANDIDATE_LINK_SENT", c, "link to the candidate's page e-mailed", null);
  }

  /** Asks a candidate who was not selected whether we may keep their data for future offers. */
  public void askTalentPool(long candidateId) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = find(candidateId);
    if (c.getState() != CandidateState.REJECTED) {
      throw new UserFacingException("candidate.talentPool.onlyRejected");
    }
    if (c.isObjectedToRetention()) {
      throw new UserFacingException("candidate.talentPool.objected");
    }
    if (Boolean.TRUE.equals(c.getTalentPoolConsent())) {
      throw new UserFacingException("candidate.talentPool.alreadyAgreed");
    }
    Instant now = clock.now();
    Instant expires = now.plus(Duration.ofDays(linkDays));
    String token = newLink(em, c, now, expires);
    RetentionTerms terms = journal.terms();
    c.setTalentPoolAskedAt(now);
    outbox.send(mails().talentPool(c, token, expires, terms.deletionDate(c), terms));
    journal.step(c, "TALENT_POOL_ASKED", null, null, hr.getId(), null);
    journal.audit(CandidateRecords.actor(hr), "CANDIDATE_TALENT_POOL_ASKED", c, "talent-pool question e-mailed", null);
  }

  /** A single-use link to the candidate's page; only its SHA-256 is stored. */
  static String newLink(EntityManager em, Candidate c, Instant now, Instant expires) {
    String token = Hashing.newToken();
    em.persist(new AccessToken(Hashing.sha256Hex(token), TokenPurpose.CANDIDATE_ACCESS, null, c.getId(), now, expires));
    return token;
  }

  private Candidate find(long id) {
    Candidate c = em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    return c;
  }

  private CandidateMails mails() {
    return new CandidateMails(outbox.publicUrl(), clock.zone());
  }
}
