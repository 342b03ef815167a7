package com.genuka.privacy.requests.control;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails of the request workflow, for the subject and for admins, each in its recipient's
 * language. Plain functions of the request: the boundary decides when to send them.
 */
public final class RequestMails {

  private final String publicUrl;
  private final ZoneId zone;

  public RequestMails(String publicUrl, ZoneId zone) {
    this.publicUrl = publicUrl;
    this.zone = zone;
  }

  public static String label(String key, String language) {
    return ResourceBundle.getBundle("mail.labels", Locale.forLanguageTag(language), RequestMails.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }

  /** A mail to the request's subject, with the values every subject template uses. */
  public Mail toSubject(String kind, PrivacyRequest r) {
    String lang = r.getLocale();
    return Mail.of(kind, r.getSubjectEmail(), lang)
        .param("name", r.getSubjectName() == null || r.getSubjectName().isBlank() ? "" : r.getSubjectName())
        .param("reference", r.getReference())
        .param("type", type(r, lang))
        .param("ofType", ofType(r, lang))
        .param("receivedOn", MailFormat.date(r.getReceivedAt(), zone, lang))
        .param("dueDate", MailFormat.date(r.getDueDate(), lang))
        .param("followUp", followUp(r, lang))
        .request(r.getId())
        .subject(r.getSubjectRef());
  }

  /**
   * A request's type as staff read it: "accès aux données", not the person's own "accès à vos
   * données", which in an admin's or HR's mail would speak as if the data were theirs.
   */
  public static String staffType(PrivacyRequest r, String language) {
    // An objection is named by what it objects to; those names already speak of no one's data.
    if (r.getType() == RequestType.OBJECTION) {
      return type(r, language);
    }
    return label("staffType." + r.getType().name(), language);
  }

  /** A mail about the request to one admin, in that admin's language. */
  public Mail toAdmin(String kind, PrivacyRequest r, UserAccount admin) {
    String lang = admin.getLocale();
    return Mail.of(kind, admin.getEmail(), lang)
        .param("name", admin.getFullName())
        .param("reference", r.getReference())
        .param("type", staffType(r, lang))
        .param("ofType", ofType(r, lang))
        .param("status", label("status." + r.getStatus().name(), lang))
        .param("channel", label("channel." + r.getChannel().name(), lang))
        .param("receivedOn", MailFormat.date(r.getReceivedAt(), zone, lang))
        .param("dueDate", MailFormat.date(r.getDueDate(), lang))
        .param("objectionWords", objectionWords(r, lang))
        .param("adminUrl", publicUrl + "/admin/request.xhtml?id=" + r.getId())
        .request(r.getId())
        .subject(admin.getSubjectRef());
  }

  /**
   * The request's type as a mail names it ("access to your data"); an objection says what it
   * objects to ("objection to session recordings"), the same in every mail about it.
   */
  public static String type(PrivacyRequest r, String lang) {
    return label("type." + typeKey(r), lang);
  }

  /** The type with its preposition ("request {ofType}"), objections with what they object to. */
  public static String ofType(PrivacyRequest r, String lang) {
    return label("ofType." + typeKey(r), lang);
  }

  private static String typeKey(PrivacyRequest r) {
    if (r.getType() == RequestType.OBJECTION) {
      return "OBJECTION." + (r.getObjectionProcessing() == null ? "NOT_STATED" : r.getObjectionProcessing().name());
    }
    return r.getType().name();
  }

  /**
   * For admins, what an objection objects to in the person's own words (the start of them), as a
   * paragraph of its own; empty for other requests and for objections without words.
   */
  public static String objectionWords(PrivacyRequest r, String lang) {
    if (r.getType() != RequestType.OBJECTION || r.getDetails() == null || r.getDetails().isBlank()) {
      return "";
    }
    String words = r.getDetails().strip();
    if (words.length() > 600) {
      words = words.substring(0, 600) + "…";
    }
    return "\n\n" + label("objection.words", lang) + "\n« " + words + " »";
  }

  public String verifyUrl(String token) {
    return publicUrl + "/request/verify.xhtml?token=" + token;
  }

  private String followUp(PrivacyRequest r, String lang) {
    if (r.getSubjectKind() == SubjectKind.CUSTOMER && r.getSubjectUserId() != null) {
      return label("followUp.account", lang) + "\n" + publicUrl + "/customer/requests.xhtml";
    }
    return label("followUp.other", lang);
  }
}
