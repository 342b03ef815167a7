package com.genuka.privacy.requests.web;

import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.LoggedRequestForm;
import com.genuka.privacy.requests.boundary.RequestDetail;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** An admin logs a request that arrived by e-mail or WhatsApp, with the date it was received (R-R7). */
@Named
@RequestScoped
public class LogRequestBacking {

  @EJB RequestWorkflow workflow;

  @Inject PortalClock clock;

  private String type;
  private String objection;
  private String channel = Channel.EMAIL.name();
  private String receivedDate;
  private String receivedTime;
  private String email;
  private String fullName;
  private String phone;
  private String locale = "fr";
  private String details;

  public String save() {
    RequestType t;
    Channel c;
    try {
      t = RequestType.valueOf(type);
    } catch (IllegalArgumentException | NullPointerException e) {
      Messages.error("request.typeRequired");
      return null;
    }
    try {
      c = Channel.valueOf(channel);
    } catch (IllegalArgumentException | NullPointerException e) {
      Messages.error("request.channelRequired");
      return null;
    }
    java.time.Instant received;
    try {
      LocalDate day = LocalDate.parse(receivedDate);
      LocalTime time = receivedTime == null || receivedTime.isBlank() ? LocalTime.NOON : LocalTime.parse(receivedTime);
      received = day.atTime(time).atZone(clock.zone()).toInstant();
      if ((receivedTime == null || receivedTime.isBlank()) && received.isAfter(clock.now()) && day.equals(clock.today())) {
        // Received today, at a time nobody noted: not noon, which may be still to come.
        received = clock.now();
      }
    } catch (DateTimeParseException | NullPointerException e) {
      Messages.fieldError("log:receivedDate", "request.receivedInvalid");
      return null;
    }
    ObjectedProcessing objected = t == RequestType.OBJECTION ? ObjectionChoices.parse(objection) : null;
    if (t == RequestType.OBJECTION && objected == null) {
      Messages.fieldError("log:objection", "objection.error.choose");
      return null;
    }
    RequestDetail logged = workflow.logFromChannel(
        new LoggedRequestForm(t, objected, c, received, email, fullName, phone, locale, details));
    Messages.info("request.done.logged", logged.reference());
    Messages.keepAcrossRedirect();
    return "/admin/request.xhtml?faces-redirect=true&id=" + logged.id();
  }

  public List<String> getTypes() {
    return Arrays.stream(RequestType.values()).map(Enum::name).toList();
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

  public String getToday() {
    return clock.today().toString();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getReceivedDate() {
    return receivedDate;
  }

  public void setReceivedDate(String receivedDate) {
    this.receivedDate = receivedDate;
  }

  public String getReceivedTime() {
    return receivedTime;
  }

  public void setReceivedTime(String receivedTime) {
    this.receivedTime = receivedTime;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }
}
