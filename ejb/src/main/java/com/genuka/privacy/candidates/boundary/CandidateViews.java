package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateEvent;
import com.genuka.privacy.candidates.entity.DocumentKind;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the views of a candidate's file that HR's pages and the candidate's own page show. */
final class CandidateViews {

  private CandidateViews() {}

  /** Without the bytes: a list never loads the files themselves. */
  static List<DocumentInfo> documents(EntityManager em, List<Long> candidateIds) {
    return em.createQuery("SELECT d.id, d.candidateId, d.kind, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt"
            + " FROM CandidateDocument d WHERE d.candidateId IN :ids ORDER BY d.uploadedAt DESC, d.id DESC", Object[].class)
        .setParameter("ids", candidateIds).getResultList().stream()
        .map(r -> new DocumentInfo(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((DocumentKind) r[2]).name(),
            (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (Instant) r[6]))
        .toList();
  }

  static List<CandidateStep> history(EntityManager em, List<Long> candidateIds, boolean withStaffNames) {
    List<CandidateEvent> events = em.createQuery("SELECT e FROM CandidateEvent e WHERE e.candidateId IN :ids"
            + " ORDER BY e.occurredAt DESC, e.id DESC", CandidateEvent.class)
        .setParameter("ids", candidateIds).setMaxResults(500).getResultList();
    Map<Long, String> names = !withStaffNames ? Map.of() : em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN"
            + " (SELECT e.actorUserId FROM CandidateEvent e WHERE e.candidateId IN :ids)", UserAccount.class)
        .setParameter("ids", candidateIds).getResultList().stream()
        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a));
    return events.stream().map(e -> new CandidateStep(e.getOccurredAt(), e.getKind(),
        e.getFromState() == null ? null : e.getFromState().name(), e.getToState() == null ? null : e.getToState().name(),
        e.getActorUserId() == null ? null : names.get(e.getActorUserId()), e.getNote())).toList();
  }

  /** The requests about these candidates: linked to their file, or made as a candidate from their address. */
  static List<CandidateRequestLine> requests(EntityManager em, List<Long> candidateIds, String email, LocalDate today,
      boolean engine) {
    return em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.subjectCandidateId IN :ids"
            + " OR (r.subjectKind = :candidate AND LOWER(r.subjectEmail) = :email) ORDER BY r.receivedAt DESC, r.id DESC",
            PrivacyRequest.class)
        .setParameter("ids", candidateIds).setParameter("candidate", SubjectKind.CANDIDATE)
        .setParameter("email", email == null ? "" : email.toLowerCase(java.util.Locale.ROOT))
        .setMaxResults(200).getResultList().stream().map(r -> line(r, today, engine)).toList();
  }

  static CandidateRequestLine line(PrivacyRequest r, LocalDate today, boolean engine) {
    String action = null;
    if (r.getType() == RequestType.ERASURE && r.getSubjectKind() == SubjectKind.CANDIDATE) {
      if (r.getStatus() == RequestStatus.IN_PROGRESS) {
        action = engine ? "ENGINE" : "CARRY_OUT";
      } else if (r.getStatus().isOpen()) {
        action = "AWAIT_START";
      }
    }
    return new CandidateRequestLine(r.getId(), r.getReference(), r.getType().name(), r.getStatus().name(),
        r.getReceivedAt(), r.getDueDate(), r.isOpen() && r.getDueDate().isBefore(today), r.isOpen(),
        r.getSubjectCandidateId(), r.getSubjectName(), action,
        r.getType() != com.genuka.privacy.requests.entity.RequestType.OBJECTION ? null
            : r.getObjectionProcessing() == null ? "NOT_STATED" : r.getObjectionProcessing().name());
  }

  static CandidateDetail detail(EntityManager em, Candidate c, RetentionTerms terms, boolean engine) {
    List<Long> ids = List.of(c.getId());
    LocalDate deletion = terms.deletionDate(c);
    return new CandidateDetail(c.getId(), c.getVersion(), c.getFullName(), c.getEmail(), c.getPhone(),
        c.getPosition(), c.getState().name(), c.getLocale(), c.getAppliedAt(), c.getLastContactAt(), c.getNotes(),
        c.getCoverLetterText(), c.getSpecialCategoryConfirmedAt(), c.isObjectedToRetention(), c.getTalentPoolConsent(),
        c.getTalentPoolAskedAt(), c.getHomeAddress(), c.getDateOfBirth(), c.getIdDocumentNumber(), c.getBankIban(),
        c.getEmploymentCountry(), c.getContractStart(), c.getContractEnd(), deletion, terms.basis(c).name(),
        terms.yearsFor(c.getEmploymentCountry()),
        deletion == null ? 0 : ChronoUnit.DAYS.between(terms.today(), deletion), terms.amount(), terms.unit().name(),
        c.getState().next().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
        c.getState().allowsOfferData(), documents(em, ids), history(em, ids, true),
        requests(em, ids, c.getEmail(), terms.today(), engine));
  }
}
