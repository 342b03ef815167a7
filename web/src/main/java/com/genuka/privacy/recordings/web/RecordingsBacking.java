package com.genuka.privacy.recordings.web;

import com.genuka.privacy.mydata.web.NotFound;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.recordings.boundary.MyRecordings;
import com.genuka.privacy.recordings.boundary.MyRecordings.RecordingRow;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R-R5: the customer's session recordings. Each row's delete form carries the recording's id; the
 * boundary looks it up among the caller's own only, and an id that is not theirs is a 404.
 */
@Named
@RequestScoped
public class RecordingsBacking {

  @EJB MyRecordings recordings;

  private static final Pattern ROW_ID = Pattern.compile("rec:\\d+:del:id");

  private List<RecordingRow> rows;
  private boolean confirmAll;

  @PostConstruct
  void load() {
    rows = recordings.list();
  }

  public String delete() {
    long id = NotFound.id(submittedId());
    try {
      if (id < 0) {
        throw new UserFacingException("recordings.error.notFound");
      }
      recordings.delete(id);
    } catch (UserFacingException e) {
      NotFound.send();
      return null;
    }
    Messages.info("recordings.deleted");
    Messages.keepAcrossRedirect();
    return "/customer/recordings.xhtml?faces-redirect=true";
  }

  /** The id posted by the row form that was submitted (its field is named after the form). */
  private static String submittedId() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().entrySet().stream()
        .filter(e -> ROW_ID.matcher(e.getKey()).matches())
        .map(java.util.Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  public String deleteAll() {
    if (!confirmAll) {
      Messages.fieldError("all:confirm", "recordings.confirmAll.required");
      return null;
    }
    int count = recordings.deleteAll();
    Messages.info("recordings.deletedAll", count);
    Messages.keepAcrossRedirect();
    return "/customer/recordings.xhtml?faces-redirect=true";
  }

  /** A masked field's name in the page's language; a name we have no words for is shown as it is. */
  public String field(String name) {
    String key = "recordings.field." + name;
    String text = Messages.text(key);
    return key.equals(text) ? name : text;
  }

  /** "12 min 5 s" */
  public String duration(int seconds) {
    return Messages.text("recordings.duration", seconds / 60, seconds % 60);
  }

  public List<RecordingRow> getRows() {
    return rows;
  }

  public boolean isConfirmAll() {
    return confirmAll;
  }

  public void setConfirmAll(boolean confirmAll) {
    this.confirmAll = confirmAll;
  }
}
