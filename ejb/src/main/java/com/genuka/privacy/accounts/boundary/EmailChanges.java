package com.genuka.privacy.accounts.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.Links;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A new e-mail address takes effect only once its owner opens the single-use link sent to it.
 * Data is found by address — a candidate's applications, requests filed from an address, what an
 * access copy gathers — so an address typed into a form, and not proved, must reach nothing: a
 * customer or a candidate who typed someone else's would otherwise be handed that person's data.
 * Until the link is opened the old address stays in force; a newer change replaces an older one.
 */
@Stateless
@PermitAll
public class EmailChanges {

  static final Duration LINK_LIFE = Duration.ofHours(24);

  /** What opening a confirmation link did. */
  public enum Outcome {
    /** The link is good: its page asks the owner to confirm. */
    READY,
    CONFIRMED,
    /** Another account, or another candidate's applications, hold the address: nothing changed. */
    TAKEN,
    EXPIRED,
    ALREADY_USED,
    UNKNOWN
  }

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  @Inject CandidateJournal journal;

  /** Sends {@code account} a link, to {@code newEmail}, that makes it the account's address. */
  public void requestForAccount(UserAccount account, String newEmail) {
    em.createNamedQuery("AccessToken.dropPendingEmailChangesOfUser").setParameter("userId", account.getId())
        .executeUpdate();
    UserAccount owner = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", newEmail).getResultStream()
        .filter(u -> !u.getId().equals(account.getId())).findFirst().orElse(null);
    if (owner != null) {
      tellOwner(newEmail, owner.getLocale(), owner.getSubjectRef(), owner.getFullName());
      // Recorded as the person's own step reads (their access copy shows action and summary): that
      // another account holds the address is that account's secret, kept in the sealed details.
      auditAccount(account, "EMAIL_CHANGE_REQUESTED", "new e-mail address awaiting confirmation by its owner",
          "new address: " + newEmail + "; held by another account: no link sent, its owner told");
      return;
    }
    sendLink(issue(account.getId(), null, newEmail), newEmail, account.getLocale(), account.getSubjectRef(),
        account.getFullName());
    auditAccount(account, "EMAIL_CHANGE_REQUESTED", "new e-mail address awaiting confirmation by its owner",
        "new address: " + newEmail);
  }

  /** Sends the candidate of {@code anchor} a link, to {@code newEmail}, for all their applications. */
  public void requestForCandidate(Candidate anchor, String newEmail) {
    em.createNamedQuery("AccessToken.dropPendingEmailChangesOfCandidate").setParameter("candidateId", anchor.getId())
        .executeUpdate();
    Candidate owner = othersAt(anchor, newEmail).stream().findFirst().orElse(null);
    if (owner != null) {
      tellOwner(newEmail, owner.getLocale(), owner.getSubjectRef(), owner.getFullName());
      journal.audit(CandidateJournal.candidateActor(anchor), "CANDIDATE_EMAIL_CHANGE_REQUESTED", anchor,
          "new e-mail address awaiting confirmation by its owner",
          "new address: " + newEmail + "; held by other applications: no link sent, their owner told");
      return;
    }
    sendLink(issue(null, anchor.getId(), newEmail), newEmail, anchor.getLocale(), anchor.getSubjectRef(),
        anchor.getFullName());
    journal.audit(CandidateJournal.candidateActor(anchor), "CANDIDATE_EMAIL_CHANGE_REQUESTED", anchor,
        "new e-mail address awaiting confirmation by its owner", "new address: " + newEmail);
  }

  /** What a confirmation link's page shows, before its owner confirms. */
  public record Pending(Outcome outcome, String newEmail) {}

  /**
   * What a confirmation link is worth, without spending it: opening the link shows the new address
   * and a button, since mail scanners open links without their owner.
   */
  public Pending check(String token) {
    Links.Found link = Links.find(em, token, TokenPurpose.EMAIL_CHANGE, clock.now(), false);
    return link.usable() ? new Pending(Outcome.READY, link.token().getNewEmail()) : new Pending(refusal(link), null);
  }

  /** Why a link that is not usable does nothing. */
  private static Outcome refusal(Links.Found link) {
    return switch (link.state()) {
      case USED -> Outcome.ALREADY_USED;
      case EXPIRED -> Outcome.EXPIRED;
      default -> Outcome.UNKNOWN;
    };
  }

  /** The owner of the new address confirms from the link's page: single use, valid 24 hours. */
  public Outcome confirm(String token) {
    Instant now = clock.now();
    Links.Found link = Links.find(em, token, TokenPurpose.EMAIL_CHANGE, now, true);
    if (!link.usable()) {
      return refusal(link);
    }
    AccessToken t = link.token();
    Outcome outcome = t.getUserId() != null ? confirmForAccount(t) : confirmForCandidate(t, now);
    if (outcome == Outcome.CONFIRMED) {
      t.markUsed(now);
    }
    return outcome;
  }

  private Outcome confirmForAccount(AccessToken t) {
    UserAccount a = em.find(UserAccount.class, t.getUserId(), LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      return Outcome.UNKNOWN;
    }
    boolean taken = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", t.getNewEmail())
        .getResultStream().anyMatch(u -> !u.getId().equals(a.getId()));
    if (taken) {
      return Outcome.TAKEN;
    }
    String old = a.getEmail();
    a.setEmail(t.getNewEmail());
    followingRequests("r.subjectUserId = :who", a.getId(), old, t.getNewEmail());
    auditAccount(a, "CONTACT_RECTIFIED",
        "contact data corrected by the account holder: email (confirmed from the new address)",
        "previous values:\nemail: " + old);
    // The old address hears of it: if someone else made the change, its owner can react.
    outbox.send(Mail.of("email-changed", old, a.getLocale())
        .subject(a.getSubjectRef())
        .param("name", a.getFullName())
        .param("newEmail", t.getNewEmail())
        .param("date", MailFormat.date(clock.now(), clock.zone(), a.getLocale())));
    return Outcome.CONFIRMED;
  }

  private Outcome confirmForCandidate(AccessToken t, Instant now) {
    Candidate anchor = t.getCandidateId() == null ? null
        : em.find(Candidate.class, t.getCandidateId(), LockModeType.PESSIMISTIC_WRITE);
    if (anchor == null) {
      return Outcome.UNKNOWN;
    }
    String old = anchor.getEmail();
    List<Candidate> files = em.createNamedQuery("Candidate.findSameAddress", Candidate.class)
        .setParameter("email", old.toLowerCase(Locale.ROOT)).getResultList();
    if (!othersAt(anchor, t.getNewEmail()).isEmpty()) {
      // Moving this candidate's applications onto an address that already has applications would
      // open those other applications to whoever holds this candidate's page.
      return Outcome.TAKEN;
    }
    for (Candidate c : files.contains(anchor) ? files : List.of(anchor)) {
      c.setEmail(t.getNewEmail());
      journal.step(c, "CONTACT_CORRECTED", null, null, null, "email");
      journal.audit(CandidateJournal.candidateActor(c), "CANDIDATE_CONTACT_CORRECTED", c,
          "contact data corrected by the candidate: email (confirmed from the new address)", "before: email=" + old);
    }
    List<Long> ids = (files.contains(anchor) ? files : List.of(anchor)).stream().map(Candidate::getId).toList();
    followingRequests("(r.subjectCandidateId IN :who OR (r.subjectKind = com.genuka.privacy.requests.entity.SubjectKind"
        + ".CANDIDATE AND LOWER(r.subjectEmail) = LOWER(:old)))", ids, old, t.getNewEmail());
    // The old address hears of it, as a customer's does: if someone else made the change, its owner can react.
    outbox.send(Mail.of("candidate-email-changed", old, anchor.getLocale())
        .subject(anchor.getSubjectRef())
        .param("name", anchor.getFullName())
        .param("newEmail", t.getNewEmail())
        .param("date", MailFormat.date(now, clock.zone(), anchor.getLocale())));
    return Outcome.CONFIRMED;
  }

  /** Applications held under {@code email} that are not the anchor's own. */
  private List<Candidate> othersAt(Candidate anchor, String email) {
    List<Candidate> own = em.createNamedQuery("Candidate.findSameAddress", Candidate.class)
        .setParameter("email", anchor.getEmail().toLowerCase(Locale.ROOT)).getResultList();
    return em.createNamedQuery("Candidate.findSameAddress", Candidate.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultStream()
        .filter(other -> !own.contains(other) && !other.equals(anchor)).toList();
  }

  /**
   * The person's open requests follow the confirmed address: their mails (acknowledgement, outcome,
   * download link) would otherwise still go to the address the person has just left. Closed
   * requests keep the address they were handled under.
   */
  private void followingRequests(String whose, Object who, String old, String newEmail) {
    em.createQuery("UPDATE PrivacyRequest r SET r.subjectEmail = :newEmail WHERE " + whose
            + " AND r.status IN :open AND LOWER(r.subjectEmail) = LOWER(:old)")
        .setParameter("newEmail", newEmail).setParameter("who", who).setParameter("old", old)
        .setParameter("open", RequestStatus.open()).executeUpdate();
  }

  /**
   * The owner of an address someone typed as their new one is told by mail, not the person who typed
   * it: the form answers alike whether the address is known or not.
   */
  private void tellOwner(String to, String locale, String subjectRef, String name) {
    outbox.send(Mail.of("email-in-use", to, locale).subject(subjectRef).param("name", name));
  }

  private String issue(Long userId, Long candidateId, String newEmail) {
    String token = Hashing.newToken();
    Instant now = clock.now();
    em.persist(AccessToken.emailChange(Hashing.sha256Hex(token), userId, candidateId, newEmail, now, now.plus(LINK_LIFE)));
    return token;
  }

  private void sendLink(String token, String to, String locale, String subjectRef, String name) {
    outbox.send(Mail.of("email-change", to, locale)
        .subject(subjectRef)
        .param("name", name)
        .param("confirmUrl", outbox.publicUrl() + "/email/confirm.xhtml?token=" + token));
  }

  private void auditAccount(UserAccount a, String action, String summary, String sealedDetails) {
    audit.append(AuditEntry.of(new Actor(a.getSubjectRef(), Role.CUSTOMER_NAME), action)
        .subject(a.getSubjectRef())
        .tenant(a.getTenant() == null ? null : a.getTenant().getId())
        .target("user_account", a.getId())
        .summary(summary)
        .details(sealedDetails));
  }
}
