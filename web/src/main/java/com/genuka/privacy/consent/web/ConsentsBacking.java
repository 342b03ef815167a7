package com.genuka.privacy.consent.web;

import com.genuka.privacy.consent.boundary.ConsentService;
import com.genuka.privacy.consent.boundary.ConsentViews.ConsentEntry;
import com.genuka.privacy.consent.boundary.ConsentViews.ConsentState;
import com.genuka.privacy.portal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The customer's consents (R-R6, C8 sharing): switch each on or off; the whole history below. */
@Named
@RequestScoped
public class ConsentsBacking {

  @EJB ConsentService consents;

  private List<ConsentState> current;
  private List<ConsentEntry> history;

  @PostConstruct
  void load() {
    current = consents.current();
    history = consents.history();
  }

  public String set(String purpose, boolean granted) {
    boolean changed = consents.set(purpose, granted);
    Messages.info(changed ? "consents.saved." + purpose + "." + granted : "consents.unchanged");
    Messages.keepAcrossRedirect();
    return "/customer/consents.xhtml?faces-redirect=true";
  }

  public ConsentState state(String purpose) {
    return current.stream().filter(s -> s.purpose().equals(purpose)).findFirst().orElseThrow();
  }

  public List<ConsentState> getCurrent() {
    return current;
  }

  public List<ConsentEntry> getHistory() {
    return history;
  }
}
