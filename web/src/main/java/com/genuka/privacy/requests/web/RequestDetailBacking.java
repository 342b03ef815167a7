package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.RequestDetail;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An admin's page of one request: its data, its whole history, and the actions the state machine
 * allows now. The version seen when the page was drawn travels with every action in a hidden
 * field, so that an action on a request someone else has just changed is refused.
 */
@Named
@RequestScoped
public class RequestDetailBacking {

  @EJB RequestWorkflow workflow;

  @jakarta.inject.Inject com.genuka.privacy.portal.web.LocaleBacking locale;

  @jakarta.inject.Inject com.genuka.privacy.platform.control.PortalClock clock;

  /** A step's note in the admin's language (see {@link RequestNotes}). */
  public String note(RequestDetail.Event e) {
    return RequestNotes.text(e, locale.getLocale(), clock.zone());
  }

  private String id;
  private Integer version;
  private boolean loaded;
  private RequestDetail request;
  private Map<Long, String> admins;
  private Long assignee;
  private int extensionMonths = 1;
  private String extensionReason;
  private String rejectionTemplate;
  private String rejectionText;
  private String completionNote;

  /** Loads the request once per HTTP request, on first use (also on a postback). */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      // On a postback the view parameter reaches the bean only after the page's "rendered"
      // conditions have been asked; the form carries the id for that moment.
      id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
          .getRequestParameterMap().get("id");
    }
    try {
      request = workflow.detail(Long.parseLong(id == null ? "" : id.strip()));
      admins = workflow.admins();
      if (assignee == null) {
        assignee = request.assignedTo();
      }
    } catch (NumberFormatException | com.genuka.privacy.platform.control.UserFacingException e) {
      request = null;
    }
  }

  /** The version the person saw: from the form on a postback, else the one just loaded. */
  private int seen() {
    load();
    return version != null ? version : request.version();
  }

  public String verify() {
    return act(() -> workflow.verify(request.id(), seen()), "request.done.verified");
  }

  public String assign() {
    if (assignee == null) {
      Messages.error("request.assigneeUnknown");
      return null;
    }
    return act(() -> workflow.assign(request.id(), assignee, seen()), "request.done.assigned");
  }

  public String extend() {
    return act(() -> workflow.extend(request.id(), extensionMonths, extensionReason, seen()), "request.done.extended");
  }

  public String reject() {
    return act(() -> workflow.reject(request.id(), rejectionTemplate, rejectionText, seen()), "request.done.rejected");
  }

  public String start() {
    return act(() -> workflow.start(request.id(), seen()), "request.done.started");
  }

  public String complete() {
    return act(() -> workflow.complete(request.id(), completionNote, seen()), "request.done.completed");
  }

  /** Runs an action; on success the page shows the request as it now is (and its new version). */
  private String act(Supplier<RequestDetail> action, String doneKey) {
    action.get();
    Messages.info(doneKey);
    Messages.keepAcrossRedirect();
    return "/admin/request.xhtml?faces-redirect=true&id=" + request.id();
  }

  /** Why a person cannot complete (or reject) the request: the engine job that holds it, in words. */
  public String engineText() {
    load();
    RequestDetail.Engine e = request == null ? null : request.engine();
    if (e == null) {
      return null;
    }
    String key = "detail.engine." + e.kind() + (e.active() ? ".active" : ".failed");
    // a failed copy has no figure to show: its message is shown as it is
    return "EXPORT".equals(e.kind()) && !e.active() ? Messages.text(key) : Messages.text(key, e.done(), e.total());
  }

  public List<String> getRejectionTemplates() {
    return List.of("IDENTITY_NOT_PROVEN", "NO_DATA", "LEGAL_OBLIGATION", "MANIFESTLY_UNFOUNDED", "OTHER");
  }

  public boolean isFound() {
    load();
    return request != null;
  }

  public RequestDetail getRequest() {
    load();
    return request;
  }

  public Integer getVersion() {
    load();
    return version != null ? version : request == null ? null : request.version();
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public Map<Long, String> getAdmins() {
    load();
    return admins;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public int getExtensionMonths() {
    return extensionMonths;
  }

  public void setExtensionMonths(int extensionMonths) {
    this.extensionMonths = extensionMonths;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public String getRejectionTemplate() {
    return rejectionTemplate;
  }

  public void setRejectionTemplate(String rejectionTemplate) {
    this.rejectionTemplate = rejectionTemplate;
  }

  public String getRejectionText() {
    return rejectionText;
  }

  public void setRejectionText(String rejectionText) {
    this.rejectionText = rejectionText;
  }

  public String getCompletionNote() {
    return completionNote;
  }

  public void setCompletionNote(String completionNote) {
    this.completionNote = completionNote;
  }
}
