package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.DocumentInspector;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateDocument;
import com.genuka.privacy.candidates.entity.DocumentKind;
import com.genuka.privacy.platform.control.CardNumbers;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CVs and cover letters. A file is kept only if its content is a PDF, a DOCX or an ODT and it is
 * within the size limit; what it says is read for card numbers (refused, R-C1) and for words of a
 * special category (flagged, R-C2). A refused file leaves nothing behind: it was never written.
 * Files live in the database with the candidate and are deleted with them.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class CandidateDocuments {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject CandidateJournal journal;

  @Inject
  @ConfigProperty(name = "genuka.candidates.max-document-bytes", defaultValue = "5242880")
  long maxBytes;

  public DocumentInfo upload(long candidateId, String kind, String fileName, byte[] content, boolean confirmSpecial) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = em.find(Candidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    DocumentKind documentKind;
    try {
      documentKind = DocumentKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("candidate.file.kind");
    }
    DocumentInspector.Inspection inspection = DocumentInspector.inspect(content, maxBytes);
    if (CardNumbers.containsCardNumber(inspection.text())) {
      throw new UserFacingException("candidate.file.cardNumber");
    }
    List<SpecialCategoryFlagged.Flag> flags = CandidateRecords.flags(confirmSpecial,
        "field.candidate.document", inspection.text());
    String name = DocumentInspector.safeFileName(fileName, inspection.format());
    CandidateDocument d = new CandidateDocument(c.getId(), documentKind, name, inspection.format().contentType(),
        content, clock.now());
    em.persist(d);
    em.flush();
    journal.step(c, "DOCUMENT_ADDED", null, null, hr.getId(), documentKind.name() + " " + name);
    journal.audit(CandidateRecords.actor(hr), "CANDIDATE_DOCUMENT_ADDED", c,
        documentKind.name() + " " + inspection.format().name() + ", " + content.length + " bytes", null);
    if (!flags.isEmpty()) {
      String categories = flags.stream().map(SpecialCategoryFlagged.Flag::category).distinct().sorted()
          .collect(java.util.stream.Collectors.joining(", "));
      c.setSpecialCategoryChecked(true);
      c.setSpecialCategoryConfirmedAt(clock.now());
      journal.step(c, "SPECIAL_CONFIRMED", null, null, hr.getId(), categories + " in " + name);
      journal.audit(CandidateRecords.actor(hr), "CANDIDATE_SPECIAL_CATEGORY_CONFIRMED", c,
          "HR confirmed an uploaded document holds no special-category data: " + categories, null);
    }
    return new DocumentInfo(d.getId(), c.getId(), documentKind.name(), name, d.getContentType(), d.getSizeBytes(),
        d.getUploadedAt());
  }

  public void remove(long candidateId, long documentId) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = em.find(Candidate.class, candidateId);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    int removed = em.createQuery("DELETE FROM CandidateDocument d WHERE d.id = :id AND d.candidateId = :candidateId")
        .setParameter("id", documentId).setParameter("candidateId", candidateId).executeUpdate();
    if (removed == 0) {
      throw new UserFacingException("candidate.file.notFound");
    }
    journal.step(c, "DOCUMENT_REMOVED", null, null, hr.getId(), null);
    journal.audit(CandidateRecords.actor(hr), "CANDIDATE_DOCUMENT_REMOVED", c, "document " + documentId + " deleted", null);
  }

  /** A file for HR to read; downloading it is recorded in the audit log. */
  public DocumentContent content(long candidateId, long documentId) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = em.find(Candidate.class, candidateId);
    DocumentContent found = c == null ? null : read(em, candidateId, documentId);
    if (found == null) {
      throw new UserFacingException("candidate.file.notFound");
    }
    journal.audit(CandidateRecords.actor(hr), "CANDIDATE_DOCUMENT_READ", c, "document " + documentId + " downloaded", null);
    return found;
  }

  static DocumentContent read(EntityManager em, long candidateId, long documentId) {
    List<Object[]> rows = em.createQuery("SELECT d.fileName, d.contentType, d.content FROM CandidateDocument d"
            + " WHERE d.id = :id AND d.candidateId = :candidateId", Object[].class)
        .setParameter("id", documentId).setParameter("candidateId", candidateId).getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = rows.get(0);
    return new DocumentContent((String) r[0], (String) r[1], (byte[]) r[2]);
  }
}
