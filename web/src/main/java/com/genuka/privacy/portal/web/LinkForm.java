package com.genuka.privacy.portal.web;

import jakarta.faces.context.FacesContext;

/**
 * The form by which a person spends a single-use link they were e-mailed. Opening the link only
 * shows the form (mail scanners and link previews open links without their owner); the form's
 * button does the act. Every such page names its form {@value #ID} and its button {@code go}.
 */
public final class LinkForm {

  public static final String ID = "link";

  private LinkForm() {}

  /**
   * Whether the page shows the form, or, on its post, lets JSF process it: {@code ready} is whether
   * the link may be spent, or null when nothing was looked up yet (the form's own post).
   */
  public static boolean shown(Boolean ready) {
    if (ready != null) {
      return ready;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey(ID);
  }
}
