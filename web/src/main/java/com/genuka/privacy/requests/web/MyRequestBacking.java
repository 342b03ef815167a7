package com.genuka.privacy.requests.web;

import com.genuka.privacy.mydata.web.NotFound;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.CustomerRequests;
import com.genuka.privacy.requests.boundary.CustomerRequests.MyRequest;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * One of the customer's requests ({@code ?id=}): its state, due date, history and export files.
 * An id that is not the caller's, whoever's it is, is a 404. When the cancel form is posted back, the
 * request is found again from the id the form carries, before the form is decoded.
 */
@Named
@RequestScoped
public class MyRequestBacking {

  @EJB CustomerRequests requests;

  private String id;
  private String cancelId;
  private MyRequest request;

  /** On a post back, the request the form names; a 404 at once if it is not the caller's. */
  @PostConstruct
  void onPostback() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || !faces.isPostback()) {
      return;
    }
    long posted = NotFound.id(faces.getExternalContext().getRequestParameterMap().get("cancel:id"));
    try {
      if (posted < 0) {
        throw new UserFacingException("myrequests.error.notFound");
      }
      request = requests.one(posted);
    } catch (UserFacingException e) {
      NotFound.send();
    }
  }

  public void load() {
    long requestId = NotFound.id(id);
    try {
      if (requestId < 0) {
        throw new UserFacingException("myrequests.error.notFound");
      }
      request = requests.one(requestId);
    } catch (UserFacingException e) {
      NotFound.send();
    }
  }

  /** Cancels this request; the id travels in the form and must be one of the caller's. */
  public String cancel() {
    long requestId = NotFound.id(cancelId);
    try {
      if (requestId < 0) {
        throw new UserFacingException("myrequests.error.notFound");
      }
      requests.cancel(requestId);
    } catch (UserFacingException e) {
      if (e.getMessageKey().endsWith("notFound")) {
        NotFound.send();
        return null;
      }
      Messages.error("request.notCancellable".equals(e.getMessageKey()) ? "myrequests.error.notCancellable" : e.getMessageKey());
      request = requests.one(requestId);
      return null;
    }
    Messages.info("myrequests.cancelled");
    Messages.keepAcrossRedirect();
    return "/customer/request.xhtml?faces-redirect=true&id=" + requestId;
  }

  /** The id the cancel form carries: this request's, unless someone changed it. */
  public String getCancelId() {
    return cancelId == null ? id : cancelId;
  }

  public void setCancelId(String cancelId) {
    this.cancelId = cancelId;
  }

  public MyRequest getRequest() {
    return request;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
