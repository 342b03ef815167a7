package com.genuka.privacy.mydata.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.FacesContext;

/**
 * Answers a JSF request with the portal's 404 page. Used whenever a page or a form names something
 * that is not the caller's: another tenant's id and an id that never existed get the same answer.
 *
 * <p>The 404 view is rendered in place, by the request's own lifecycle, rather than through {@code
 * sendError}: Liberty dispatches the error page at once, inside the call, and that nested Faces
 * request releases this thread's FacesContext under the outer one, which then fails.
 */
public final class NotFound {

  static final String VIEW = "/error/404.xhtml";

  private NotFound() {}

  public static void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getExternalContext().isResponseCommitted()) {
      faces.responseComplete();
      return;
    }
    faces.getExternalContext().setResponseStatus(404);
    ViewHandler views = faces.getApplication().getViewHandler();
    faces.setViewRoot(views.createView(faces, VIEW));
    faces.renderResponse();
  }

  /** A positive id from a URL or a form, or -1 for anything else. */
  public static long id(String text) {
    try {
      long id = Long.parseLong(text == null ? "" : text.strip());
      return id > 0 ? id : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
