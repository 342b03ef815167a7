package com.genuka.privacy.mydata.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a JSF request with the portal's 404 page. Used whenever a page or a form names something
 * that is not the caller's: another tenant's id and an id that never existed get the same answer.
 */
public final class NotFound {

  private NotFound() {}

  public static void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (!faces.getExternalContext().isResponseCommitted()) {
        faces.getExternalContext().responseSendError(404, "Not found");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
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
