package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.boundary.EmailChanges;
import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.candidates.control.CandidateInput;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.CandidateMails;
import com.genuka.privacy.candidates.control.ErasureEngine;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidatePageGrant;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.Links;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.Throttle;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.RequestDetail;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A candidate's own page, without an account (R-R3). A single-use link e-mailed to them opens it
 * once and starts a short grant kept in that browser's server-side session; every action here is
 * made with that grant, from which the candidate is found — never from an id the page sends. The
 * page covers every application held under the candidate's address: they see it all, correct their
 * contact data, object to being kept for future offers (R-T1), answer HR's talent-pool question, or
 * ask for deletion, which becomes a verified request in the workflow.
 */
@Stateless
@PermitAll
public class CandidateSelfService {

  static final Duration LINK_WINDOW = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  @Inject EmailChanges emailChanges;

  @Inject PortalClock clock;

  @Inject CandidateJournal journal;

  @Inject Outbox outbox;

  @Inject Throttle throttle;

  @Inject RequestWorkflow workflow;

  @Inject ErasureEngine engine;

  @Inject
  @ConfigProperty(name = "genuka.candidates.page-minutes", defaultValue = "30")
  int pageMinutes;

  @Inject
  @ConfigProperty(name = "genuka.candidates.link-days", defaultValue = "7")
  int linkDays;

  @Inject
  @ConfigProperty(name = "genuka.public-request.per-address-per-hour", defaultValue = "3")
  int perAddressPerHour;

  @Inject
  @ConfigProperty(name = "genuka.public-request.per-ip-per-hour", defaultValue = "10")
  int perIpPerHour;

  /** Opens a link: it works once, before it expires. */
  public LinkOutcome open(String token) {
    return link(token, true);
  }

  /**
   * What a link is worth, without spending it: opening the link shows a button that opens the
   * page, since mail scanners open links without their owner (READY, with the candidate's language).
   */
  public LinkOutcome check(String token) {
    return link(token, false);
  }

  private LinkOutcome link(String token, boolean spend) {
    Instant now = clock.now();
    Links.Found link = Links.find(em, token, TokenPurpose.CANDIDATE_ACCESS, now, spend);
    AccessToken t = link.token();
    Candidate c = t == null || t.getCandidateId() == null ? null : em.find(Candidate.class, t.getCandidateId());
    if (c == null) {
      return new LinkOutcome("UNKNOWN", null, null);
    }
    if (link.state() == Links.State.USED) {
      return new LinkOutcome("ALREADY_USED", null, c.getLocale());
    }
    if (!link.usable()) {
      return new LinkOutcome("EXPIRED", null, c.getLocale());
    }
    if (!spend) {
      return new LinkOutcome("READY", null, c.getLocale());
    }
    t.markUsed(now);
    em.createNamedQuery("CandidatePageGrant.deleteExpired").setParameter("now", now).executeUpdate();
    String secret = Hashing.newToken();
    em.persist(new CandidatePageGrant(Hashing.sha256Hex(secret), c.getId(), now, now.plus(Duration.ofMinutes(pageMinutes))));
    journal.step(c, "PAGE_OPENED", null, null, null, null);
    journal.audit(CandidateJournal.candidateActor(c), "CANDIDATE_PAGE_OPENED", c, "candidate opened their page", null);
    return new LinkOutcome("OPENED", secret, c.getLocale());
  }

  public CandidateOwnView view(String grant) {
    Candidate anchor = anchor(grant);
    return view(anchor, files(anchor));
  }

  /**
   * The candidate corrects their contact data, on every application held under their address. A
   * new e-mail address is sent a confirmation link instead ({@link EmailChanges}).
   */
  public CandidateOwnView correctContact(String grant, ContactCorrection form) {
    Candidate anchor = anchor(grant);
    String name = CandidateInput.name(form.fullName());
    String email = CandidateInput.email(form.email());
    String phone = CandidateInput.phone(form.phone());
    List<Candidate> files = files(anchor);
    Map<String, String> before = new LinkedHashMap<>();
    if (!Objects.equals(anchor.getFullName(), name)) {
      before.put("fullName", anchor.getFullName());
    }
    // A new address is only sent a link: it replaces the old one once its owner opens it.
    if (email != null && !email.equalsIgnoreCase(anchor.getEmail())) {
      emailChanges.requestForCandidate(anchor, email);
    }
    if (!Objects.equals(anchor.getPhone(), phone)) {
      before.put("phone", anchor.getPhone() == null ? "" : anchor.getPhone());
    }
    if (before.isEmpty()) {
      return view(anchor, files);
    }
    String fields = String.join(", ", before.keySet());
    for (Candidate c : files) {
      c.setFullName(name);
      c.setPhone(phone);
      // A correction is a right exercised (R-R1), not an exchange about a job: the date stays.
      journal.step(c, "CONTACT_CORRECTED", null, null, null, fields);
      journal.audit(CandidateJournal.candidateActor(c), "CANDIDATE_CONTACT_CORRECTED", c,
          "contact data corrected by the candidate: " + fields, "before: " + before);
    }
    return view(anchor, files);
  }

  /** « sauf si vous nous demandez de ne pas le faire »: the data of every application not hired goes at once. */
  public CandidateOwnView object(String grant) {
    Candidate anchor = anchor(grant);
    List<Candidate> files = files(anchor);
    if (files.stream().allMatch(c -> c.getState() == CandidateState.HIRED)) {
      throw new UserFacingException("candidatePage.objectionHired");
    }
    for (Candidate c : files) {
      objectFor(c, "by the candidate on their page");
    }
    return view(anchor, files);
  }

  /** The answer to HR's question whether the candidate agrees to stay in the talent pool. */
  public CandidateOwnView answerTalentPool(String grant, boolean stay) {
    Candidate anchor = anchor(grant);
    List<Candidate> files = files(anchor);
    Candidate asked = files.stream().filter(c -> c.getTalentPoolAskedAt() != null && c.getTalentPoolConsent() == null
        && !c.isObjectedToRetention()).findFirst().orElse(null);
    if (asked == null) {
      throw new UserFacingException("candidatePage.notAsked");
    }
    Instant now = clock.now();
    asked.setTalentPoolConsent(stay);
    journal.step(asked, "TALENT_POOL_ANSWERED", null, null, null, stay ? "YES" : "NO");
    journal.audit(CandidateJournal.candidateActor(asked), "CANDIDATE_TALENT_POOL_ANSWERED", asked,
        stay ? "agreed to stay in the talent pool" : "refused to stay in the talent pool", null);
    if (stay) {
      // Agreeing to be offered other jobs is an exchange about a job: the period after the last
      // contact starts again (R-T1). Nothing else the candidate does on this page moves it.
      asked.setLastContactAt(now);
    } else {
      objectFor(asked, "refused the talent pool");
    }
    return view(anchor, files);
  }

  /** Files an erasure request for everything held under the candidate's address; returns its reference. */
  public String askDeletion(String grant, String details) {
    Candidate anchor = anchor(grant);
    RequestDetail r = workflow.fileForCandidate(anchor.getId(), RequestType.ERASURE, details);
    return r.reference();
  }

  public DocumentContent document(String grant, long documentId) {
    Candidate anchor = anchor(grant);
    for (Candidate c : files(anchor)) {
      DocumentContent d = CandidateDocuments.read(em, c.getId(), documentId);
      if (d != null) {
        return d;
      }
    }
    throw new UserFacingException("candidate.file.notFound");
  }

  /**
   * Sends a new link to the address, if candidates are held under it. The answer is the same either
   * way, so the form tells no one who applied; it is throttled by address and by network address.
   */
  public void requestLink(String email, String clientIp) {
    String address = CandidateInput.email(email);
    boolean tooManyForAddress = throttle.hitAndCheckExceeded("candidate-link:email:" + address, perAddressPerHour,
        LINK_WINDOW);
    boolean tooManyForIp = throttle.hitAndCheckExceeded("candidate-link:ip:" + clientIp, perIpPerHour, LINK_WINDOW);
    if (tooManyForAddress || tooManyForIp) {
      throw new UserFacingException("candidatePage.link.throttled");
    }
    Candidate latest = em.createNamedQuery("Candidate.findSameAddress", Candidate.class)
        .setParameter("email", address).setMaxResults(1).getResultStream().findFirst().orElse(null);
    if (latest == null) {
      return;
    }
    Instant now = clock.now();
    Instant expires = now.plus(Duration.ofDays(linkDays));
    String token = CandidateOutreach.newLink(em, latest, now, expires);
    outbox.send(new CandidateMails(outbox.publicUrl(), clock.zone()).pageLink(latest, token, expires));
    journal.step(latest, "LINK_SENT", null, null, null, "asked by the candidate");
    journal.audit(Actor.ANONYMOUS, "CANDIDATE_LINK_SENT", latest, "link to the candidate's page asked on the public form", null);
  }

  /** Ends the candidate's time on their page before it runs out. */
  public void close(String grant) {
    if (grant != null && !grant.isBlank()) {
      em.createQuery("DELETE FROM CandidatePageGrant g WHERE g.secretHash = :hash")
          .setParameter("hash", Hashing.sha256Hex(grant)).executeUpdate();
    }
  }

  private void objectFor(Candidate c, String how) {
    if (c.getState() == CandidateState.HIRED || c.isObjectedToRetention()) {
      return;
    }
    // The objection makes the deletion day today; it is no exchange about a job (issue 10).
    c.setObjectedToRetention(true);
    c.setTalentPoolConsent(Boolean.FALSE);
    journal.step(c, "OBJECTED", null, null, null, how);
    journal.audit(CandidateJournal.candidateActor(c), "CANDIDATE_OBJECTED", c, "objection to retention " + how, null);
    RetentionTerms terms = journal.terms();
    CandidateMails mails = new CandidateMails(outbox.publicUrl(), clock.zone());
    for (UserAccount hr : em.createNamedQuery("UserAccount.findByRole", UserAccount.class).setParameter("role", Role.HR)
        .getResultList()) {
      if (hr.getStatus() == AccountStatus.ACTIVE) {
        outbox.send(mails.objectionForHr(hr, c, terms.deletionDate(c)));
      }
    }
  }

  /** The candidate whose page the grant opens; a missing or spent grant ends the visit. */
  private Candidate anchor(String grant) {
    if (grant == null || grant.isBlank()) {
      throw new UserFacingException("candidatePage.expired");
    }
    CandidatePageGrant g = em.createNamedQuery("CandidatePageGrant.findByHash", CandidatePageGrant.class)
        .setParameter("hash", Hashing.sha256Hex(grant)).getResultStream().findFirst().orElse(null);
    if (g == null || !g.isValid(clock.now())) {
      throw new UserFacingException("candidatePage.expired");
    }
    Candidate c = em.find(Candidate.class, g.getCandidateId(), LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidatePage.expired");
    }
    return c;
  }

  /** Every application held under the anchor's address, the anchor first. */
  private List<Candidate> files(Candidate anchor) {
    List<Candidate> all = new java.util.ArrayList<>(em.createNamedQuery("Candidate.findSameAddress", Candidate.class)
        .setParameter("email", anchor.getEmail().toLowerCase(Locale.ROOT)).getResultList());
    all.removeIf(c -> c.getId().equals(anchor.getId()));
    all.add(0, anchor);
    return all;
  }

  private CandidateOwnView view(Candidate anchor, List<Candidate> files) {
    em.flush();
    RetentionTerms terms = journal.terms();
    List<OwnApplication> applications = files.stream().map(c -> {
      List<Long> one = List.of(c.getId());
      return new OwnApplication(c.getId(), c.getPosition(), c.getState().name(), c.getAppliedAt(), c.getLastContactAt(),
          c.getNotes(), c.getCoverLetterText(), c.getHomeAddress(), c.getDateOfBirth(),
          CandidateInput.maskId(c.getIdDocumentNumber()), CandidateInput.maskIban(c.getBankIban()),
          c.getEmploymentCountry(), c.getContractStart(), c.getContractEnd(), terms.deletionDate(c),
          terms.basis(c).name(), terms.yearsFor(c.getEmploymentCountry()), c.isObjectedToRetention(),
          c.getTalentPoolConsent(), c.getTalentPoolAskedAt(), CandidateViews.documents(em, one),
          CandidateViews.history(em, one, false),
          com.genuka.privacy.mydata.control.DeletionDates.due(terms.deletionDate(c), clock.today()));
    }).toList();
    List<Long> ids = files.stream().map(Candidate::getId).toList();
    return new CandidateOwnView(anchor.getFullName(), anchor.getEmail(), anchor.getPhone(), anchor.getLocale(),
        applications, CandidateViews.requests(em, ids, anchor.getEmail(), terms.today(), engine.takesCandidateErasures()),
        terms.amount(),
        terms.unit().name());
  }
}
