package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.PublicRequestForm;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The public request form for people without an account (candidates, visitors). Whatever the
 * address, the answer is the same: "check your mailbox"; nothing is acted on until the link in
 * that e-mail is opened (R-Q3).
 */
@Named
@RequestScoped
public class PublicRequestBacking {

  @EJB RequestWorkflow workflow;

  @Inject LocaleBacking locale;

  private String type;
  private String objection;
  private String email;
  private String fullName;
  private String details;
  private boolean sent;

  public String send() {
    RequestType t;
    try {
      t = RequestType.valueOf(type);
    } catch (IllegalArgumentException | NullPointerException e) {
      Messages.fieldError("publicRequest:type", "request.typeRequired");
      return null;
    }
    ObjectedProcessing objected = null;
    if (t == RequestType.OBJECTION) {
      objected = ObjectionChoices.parse(objection);
      if (objected == null) {
        Messages.fieldError("publicRequest:objection", "objection.error.choose");
        return null;
      }
      if (objected.needsWords() && (details == null || details.strip().length() < 10)) {
        Messages.fieldError("publicRequest:details", "objection.error.words");
        return null;
      }
    }
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    workflow.fileFromPublicForm(new PublicRequestForm(t, objected, email, fullName, details, locale.getLanguage()),
        request.getRemoteAddr());
    sent = true;
    objection = null;
    email = null;
    details = null;
    fullName = null;
    return null;
  }

  public List<String> getTypes() {
    return List.of("ACCESS", "RECTIFICATION", "ERASURE", "PORTABILITY", "RESTRICTION", "OBJECTION");
  }

  /** What a person may object to: every processing the policy describes. */
  public List<String> getObjectionChoices() {
    return ObjectionChoices.all();
  }

  public String getObjection() {
    return objection;
  }

  public void setObjection(String objection) {
    this.objection = objection;
  }

  public boolean isSent() {
    return sent;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }
}
