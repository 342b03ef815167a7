package com.genuka.privacy.candidates.control;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.control.MailFormat;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The e-mails about candidates: to the candidate (their page's link, the talent-pool question), in
 * the candidate's language, and to HR (a candidate's request, an objection), in each HR person's
 * language. Each carries the pseudonymous reference of the person it is sent to, so that erasing
 * that person finds it.
 */
public final class CandidateMails {

  private final String publicUrl;
  private final ZoneId zone;

  public CandidateMails(String publicUrl, ZoneId zone) {
    this.publicUrl = publicUrl;
    this.zone = zone;
  }

  public String pageUrl(String token) {
    return publicUrl + "/candidate/my-data.xhtml?token=" + token;
  }

  public Mail pageLink(Candidate c, String token, Instant expiresAt) {
    return toCandidate("candidate-page-link", c)
        .param("pageUrl", pageUrl(token))
        .param("validUntil", MailFormat.date(expiresAt, zone, c.getLocale()));
  }

  public Mail talentPool(Candidate c, String token, Instant expiresAt, LocalDate deletionDate, RetentionTerms terms) {
    return toCandidate("candidate-talent-pool", c)
        .param("pageUrl", pageUrl(token))
        .param("period", period(terms.amount(), terms.unit(), c.getLocale()))
        .param("validUntil", MailFormat.date(expiresAt, zone, c.getLocale()))
        .param("deletionDate", deletionDate == null ? "" : MailFormat.date(deletionDate, c.getLocale()));
  }

  public Mail requestForHr(UserAccount hr, PrivacyRequest r) {
    String lang = hr.getLocale();
    return Mail.of("hr-candidate-request", hr.getEmail(), lang)
        .param("name", hr.getFullName())
        .param("reference", r.getReference())
        .param("type", RequestMails.staffType(r, lang))
        .param("ofType", RequestMails.ofType(r, lang))
        .param("dueDate", MailFormat.date(r.getDueDate(), lang))
        .param("hrUrl", publicUrl + "/hr/requests.xhtml")
        .request(r.getId())
        .subject(hr.getSubjectRef());
  }

  public Mail erasureStartedForHr(UserAccount hr, PrivacyRequest r) {
    String lang = hr.getLocale();
    return Mail.of("hr-candidate-erasure", hr.getEmail(), lang)
        .param("name", hr.getFullName())
        .param("reference", r.getReference())
        .param("dueDate", MailFormat.date(r.getDueDate(), lang))
        .param("hrUrl", publicUrl + "/hr/requests.xhtml")
        .request(r.getId())
        .subject(hr.getSubjectRef());
  }

  public Mail objectionForHr(UserAccount hr, Candidate c, LocalDate deletionDate) {
    String lang = hr.getLocale();
    return Mail.of("hr-candidate-objected", hr.getEmail(), lang)
        .param("name", hr.getFullName())
        .param("position", c.getPosition())
        .param("deletionDate", deletionDate == null ? "" : MailFormat.date(deletionDate, lang))
        .param("hrUrl", publicUrl + "/hr/candidate.xhtml?id=" + c.getId())
        .subject(hr.getSubjectRef());
  }

  /** "3 ans", "3 years": a period of the rules, as a reader of the language says it. */
  public static String period(int amount, PeriodUnit unit, String language) {
    boolean fr = !"en".equals(language);
    boolean one = amount == 1;
    String word = switch (unit) {
      case DAYS -> fr ? (one ? "jour" : "jours") : (one ? "day" : "days");
      case MONTHS -> fr ? "mois" : (one ? "month" : "months");
      case YEARS -> fr ? (one ? "an" : "ans") : (one ? "year" : "years");
    };
    return amount + " " + word;
  }

  private static Mail toCandidate(String kind, Candidate c) {
    return Mail.of(kind, c.getEmail(), c.getLocale())
        .param("name", c.getFullName())
        .param("position", c.getPosition())
        .subject(c.getSubjectRef());
  }
}
