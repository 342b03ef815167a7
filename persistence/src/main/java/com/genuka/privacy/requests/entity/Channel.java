package com.genuka.privacy.requests.entity;

/** How a request reached us; e-mail and WhatsApp are the channels the policy names (R-R7). */
public enum Channel {
  PORTAL,
  WEB_FORM,
  EMAIL,
  WHATSAPP;

  /** Requests that arrive outside the portal are logged by an admin. */
  public boolean loggedByAdmin() {
    return this == EMAIL || this == WHATSAPP;
  }
}
