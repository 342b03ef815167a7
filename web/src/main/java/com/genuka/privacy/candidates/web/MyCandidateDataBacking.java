package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateOwnView;
import com.genuka.privacy.candidates.boundary.CandidateSelfService;
import com.genuka.privacy.candidates.boundary.ContactCorrection;
import com.genuka.privacy.candidates.boundary.LinkOutcome;
import com.genuka.privacy.candidates.boundary.OwnApplication;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.portal.web.LinkForm;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The candidate's own page (R-R3), reached without an account from a single-use link. Opening the
 * link shows a button; pressing it spends the link, keeps a short grant in this browser's session
 * under a new session id and reloads the page without the secret in its address. The page speaks
 * the language of the reader's browser or of the switch, as every other page does (the language
 * recorded for the candidate is the one of their e-mails).
 * Every action then goes through the grant; when it runs out, the page offers a new link.
 */
@Named
@RequestScoped
public class MyCandidateDataBacking {

  private static final String PAGE = "/candidate/my-data.xhtml";

  @EJB CandidateSelfService self;

  @Inject CandidatePageSession session;

  private String token;
  private LinkOutcome outcome;
  private CandidateOwnView view;
  private boolean viewLoaded;
  private ContactFields contact;
  private String deletionDetails;

  /**
   * f:viewAction: a link in the address is looked at, not spent; its page offers a button that
   * spends it ({@link #openLink}), since mail scanners open links without their owner. A link already
   * spent by this very browser leads back to its open page, without the secret in the address.
   */
  public void check() throws IOException {
    if (token == null || token.isBlank()) {
      return;
    }
    outcome = self.check(token);
    if (!outcome.isReady() && session.isOpen() && getView() != null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext ext = faces.getExternalContext();
      ext.redirect(ext.getRequestContextPath() + PAGE);
      faces.responseComplete();
    }
  }

  /** The button: the link is spent here, once, and the page opens in this browser's session. */
  public String openLink() throws IOException {
    outcome = self.open(token);
    token = null;
    if (!outcome.isOpened()) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    request.getSession(true);
    request.changeSessionId();
    session.setGrant(outcome.grant());
    ext.redirect(ext.getRequestContextPath() + PAGE);
    faces.responseComplete();
    return null;
  }

  /** Whether the page offers (or, on its post, processes) the button that spends the link. */
  public boolean isLinkFormShown() {
    return LinkForm.shown(outcome == null ? null : outcome.isReady());
  }

  public CandidateOwnView getView() {
    if (!viewLoaded) {
      viewLoaded = true;
      if (session.isOpen()) {
        try {
          view = self.view(session.getGrant());
        } catch (UserFacingException e) {
          session.clear();
          view = null;
        }
      }
    }
    return view;
  }

  public String correct() {
    String typed = getContact().getEmail();
    return act(() -> {
      CandidateOwnView after = self.correctContact(session.getGrant(), getContact().toCorrection());
      if (typed != null && !typed.isBlank() && !typed.strip().equalsIgnoreCase(after.email())) {
        // The address changes only once its owner opens the link sent to it.
        Messages.info("candidatePage.emailPending", typed.strip());
      }
      return after;
    }, "candidatePage.done.corrected");
  }

  public String object() {
    return act(() -> self.object(session.getGrant()), "candidatePage.done.objected");
  }

  public String stayInPool() {
    return act(() -> self.answerTalentPool(session.getGrant(), true), "candidatePage.done.stay");
  }

  public String leavePool() {
    return act(() -> self.answerTalentPool(session.getGrant(), false), "candidatePage.done.leave");
  }

  public String askDeletion() {
    String[] reference = new String[1];
    String next = act(() -> {
      reference[0] = self.askDeletion(session.getGrant(), deletionDetails);
      return null;
    }, null);
    if (next != null) {
      Messages.info("candidatePage.done.deletionAsked", reference[0]);
    }
    return next;
  }

  public String close() {
    self.close(session.getGrant());
    session.clear();
    Messages.info("candidatePage.done.closed");
    Messages.keepAcrossRedirect();
    return "/candidate/link.xhtml?faces-redirect=true";
  }

  private String act(Supplier<Object> action, String doneKey) {
    if (!session.isOpen()) {
      Messages.error("candidatePage.expired");
      return null;
    }
    try {
      action.get();
    } catch (UserFacingException e) {
      if ("candidatePage.expired".equals(e.getMessageKey())) {
        session.clear();
      }
      throw e;
    }
    if (doneKey != null) {
      Messages.info(doneKey);
    }
    Messages.keepAcrossRedirect();
    return PAGE + "?faces-redirect=true";
  }

  /** "3 ans", "3 years": the period of the rules, in the page's language. */
  public String getPeriod() {
    CandidateOwnView v = getView();
    return v == null ? "" : Messages.text("candidatePage.period." + v.periodUnit(), v.periodAmount());
  }

  public String documentUrl(long documentId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/candidate/document?id=" + documentId;
  }

  public boolean hasOfferData(OwnApplication a) {
    return a.hasOfferData();
  }

  public LinkOutcome getOutcome() {
    return outcome;
  }

  public ContactFields getContact() {
    if (contact == null) {
      CandidateOwnView v = getView();
      contact = new ContactFields();
      if (v != null) {
        contact.setFullName(v.fullName());
        contact.setEmail(v.email());
        contact.setPhone(v.phone());
      }
    }
    return contact;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDeletionDetails() {
    return deletionDetails;
  }

  public void setDeletionDetails(String deletionDetails) {
    this.deletionDetails = deletionDetails;
  }

  /** The contact form's fields. */
  public static class ContactFields {
    private String fullName;
    private String email;
    private String phone;

    ContactCorrection toCorrection() {
      return new ContactCorrection(fullName, email, phone);
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }
  }
}
