package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDetail;
import com.genuka.privacy.candidates.boundary.CandidateDirectory;
import com.genuka.privacy.candidates.boundary.CandidateDocuments;
import com.genuka.privacy.candidates.boundary.CandidateOutreach;
import com.genuka.privacy.candidates.boundary.CandidateRecords;
import com.genuka.privacy.candidates.boundary.SpecialCategoryFlagged;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR's page of one candidate: the file and its deletion date, editing, the application's moves,
 * contacts, documents, offer-stage data once an offer is made, the links and questions e-mailed to
 * the candidate, and the candidate's requests. Every form carries the version HR saw, so a change
 * made meanwhile by someone else is not overwritten.
 */
@Named
@RequestScoped
public class CandidateBacking {

  @EJB CandidateRecords records;

  @EJB CandidateDocuments documents;

  @EJB CandidateOutreach outreach;

  @EJB CandidateDirectory directory;

  @Inject
  @ConfigProperty(name = "genuka.candidates.max-document-bytes", defaultValue = "5242880")
  long maxBytes;

  private String id;
  private String upload;
  private Integer version;
  private boolean loaded;
  private CandidateDetail candidate;
  private CandidateFields edit;
  private OfferFields offer;
  private boolean confirm;
  private String flaggedForm;
  private List<SpecialCategoryFlagged.Flag> flags = List.of();
  private String contactChannel = "EMAIL";
  private String contactNote;
  private Part file;
  private String documentKind = "CV";

  /** Loads the candidate once per HTTP request, on first use (also on a postback, from the form's id). */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
    try {
      candidate = records.detail(Long.parseLong(id == null ? "" : id.strip()));
    } catch (NumberFormatException | UserFacingException e) {
      candidate = null;
    }
    if ("tooLarge".equals(upload)) {
      upload = null;
      Messages.error("candidate.file.tooLarge", maxBytes / (1024 * 1024));
    }
  }

  public String save() {
    return guarded("edit", () -> records.update(candidateId(), seen(), getEdit().toForm(), confirm), "candidate.done.saved");
  }

  public String moveTo(String target) {
    return act(() -> records.move(candidateId(), seen(), target), "candidate.done.moved");
  }

  public String recordContact() {
    return guarded("contact", () -> records.recordContact(candidateId(), contactChannel, contactNote, confirm),
        "candidate.done.contact");
  }

  public String saveOffer() {
    return act(() -> records.saveOffer(candidateId(), seen(), getOffer().toForm()), "candidate.done.offer");
  }

  public String recordObjection() {
    return act(() -> records.recordObjection(candidateId()), "candidate.done.objection");
  }

  public String sendLink() {
    return act(() -> {
      outreach.sendPageLink(candidateId());
      return null;
    }, "candidate.done.linkSent");
  }

  public String askTalentPool() {
    return act(() -> {
      outreach.askTalentPool(candidateId());
      return null;
    }, "candidate.done.talentPoolAsked");
  }

  /** Keeps the file only if the boundary accepts it; the upload's temporary copy is deleted either way. */
  public String uploadDocument() {
    try {
      if (file == null || file.getSize() == 0) {
        Messages.error("candidate.file.empty");
        return null;
      }
      if (file.getSize() > maxBytes) {
        Messages.error("candidate.file.tooLarge", maxBytes / (1024 * 1024));
        return null;
      }
      byte[] bytes;
      try (InputStream in = file.getInputStream()) {
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      String name = file.getSubmittedFileName();
      return guarded("upload", () -> {
        documents.upload(candidateId(), documentKind, name, bytes, confirm);
        return null;
      }, "candidate.done.uploaded");
    } catch (IOException e) {
      Messages.error("candidate.file.unreadable");
      return null;
    } finally {
      deleteQuietly(file);
    }
  }

  public String removeDocument(long documentId) {
    return act(() -> {
      documents.remove(candidateId(), documentId);
      return null;
    }, "candidate.done.documentRemoved");
  }

  private String guarded(String form, Supplier<Object> action, String doneKey) {
    try {
      return act(action, doneKey);
    } catch (SpecialCategoryFlagged e) {
      flaggedForm = form;
      flags = e.getFlags();
      Messages.error(e.getMessageKey());
      return null;
    }
  }

  private String act(Supplier<Object> action, String doneKey) {
    action.get();
    Messages.info(doneKey);
    Messages.keepAcrossRedirect();
    return "/hr/candidate.xhtml?faces-redirect=true&id=" + candidateId();
  }

  private long candidateId() {
    load();
    if (candidate == null) {
      throw new UserFacingException("candidate.notFound");
    }
    return candidate.id();
  }

  private int seen() {
    load();
    return version != null ? version : candidate.version();
  }

  private static void deleteQuietly(Part part) {
    if (part != null) {
      try {
        part.delete();
      } catch (IOException e) {
        // the container removes it at the end of the request anyway
      }
    }
  }

  public String documentUrl(long documentId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/hr/document?candidate="
        + candidateId() + "&id=" + documentId;
  }

  public boolean isFound() {
    load();
    return candidate != null;
  }

  public CandidateDetail getCandidate() {
    load();
    return candidate;
  }

  public CandidateFields getEdit() {
    if (edit == null) {
      load();
      edit = candidate == null ? new CandidateFields() : CandidateFields.of(candidate);
    }
    return edit;
  }

  public OfferFields getOffer() {
    if (offer == null) {
      load();
      offer = candidate == null ? new OfferFields() : OfferFields.of(candidate);
    }
    return offer;
  }

  public Map<String, Integer> getCountries() {
    return directory.employmentCountries();
  }

  public List<String> getContactChannels() {
    return List.of("EMAIL", "PHONE", "MEETING", "LETTER", "OTHER");
  }

  public String deletionLabel() {
    load();
    if (candidate == null || candidate.deletionDate() == null) {
      return "";
    }
    long days = candidate.daysLeft();
    if (days < 0) {
      return Messages.text("hr.deletion.late", -days);
    }
    return days == 0 ? Messages.text("hr.deletion.today") : Messages.text("hr.deletion.inDays", days);
  }

  public long getMaxMegabytes() {
    return maxBytes / (1024 * 1024);
  }

  /** "3 ans", "3 years": the R-T1 period of the rules, in the page's language. */
  public String getPeriod() {
    load();
    return candidate == null ? "" : Messages.text("candidatePage.period." + candidate.periodUnit(), candidate.periodAmount());
  }

  public Integer getVersion() {
    load();
    return version != null ? version : candidate == null ? null : candidate.version();
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getUpload() {
    return upload;
  }

  public void setUpload(String upload) {
    this.upload = upload;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public List<SpecialCategoryFlagged.Flag> getFlags() {
    return flags;
  }

  public boolean flaggedIn(String form) {
    return form.equals(flaggedForm) && !flags.isEmpty();
  }

  public String getContactChannel() {
    return contactChannel;
  }

  public void setContactChannel(String contactChannel) {
    this.contactChannel = contactChannel;
  }

  public String getContactNote() {
    return contactNote;
  }

  public void setContactNote(String contactNote) {
    this.contactNote = contactNote;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(String documentKind) {
    this.documentKind = documentKind;
  }
}
