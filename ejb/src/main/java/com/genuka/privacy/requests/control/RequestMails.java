package com.genuka.privacy.requests.control;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.requests.entity.PrivacyRequest;
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
        .param("type", label("type." + r.getType().name(), lang))
        .param("ofType", label("ofType." + r.getType().name(), lang))
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
    return label("staffType." + r.getType().name(), language);
  }

  /** A mail about the request to one admin, in that admin's language. */
  public Mail toAdmin(String kind, PrivacyRequest r, UserAccount admin) {
    String lang = admin.getLocale();
    return Mail.of(kind, admin.getEmail(), lang)
        .param("name", admin.getFullName())
        .param("reference", r.getReference())
        .param("type", staffType(r, lang))
        .param("ofType", label("ofType." + r.getType().name(), lang))
        .param("status", label("status." + r.getStatus().name(), lang))
        .param("channel", label("channel." + r.getChannel().name(), lang))
        .param("receivedOn", MailFormat.date(r.getReceivedAt(), zone, lang))
        .param("dueDate", MailFormat.date(r.getDueDate(), lang))
        .param("adminUrl", publicUrl + "/admin/request.xhtml?id=" + r.getId())
        .request(r.getId())
        .subject(admin.getSubjectRef());
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
