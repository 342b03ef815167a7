package com.genuka.privacy.requests.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.control.CandidateMails;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.control.MailTemplates;
import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mails to admins and HR are about someone else's data: their subject and text never speak as if
 * the data were the reader's ("vos données", "your data"), for any type of request.
 */
class StaffMailsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Pattern READERS_OWN = Pattern.compile(
      "\\b(vos|votre|your)\\s+(données|data|personal data|enregistrements|recordings)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void staffMailsNameTheRequestWithoutMakingTheDataTheReaders() {
    RequestMails requestMails = new RequestMails("https://privacy.genuka.com", PARIS);
    CandidateMails candidateMails = new CandidateMails("https://privacy.genuka.com", PARIS);
    List<String> problems = new ArrayList<>();
    for (RequestType type : RequestType.values()) {
      for (String language : List.of("fr", "en")) {
        PrivacyRequest r = new PrivacyRequest("REQ-ABCD-EFGH", type, RequestStatus.VERIFIED, Channel.WEB_FORM,
            SubjectKind.CUSTOMER, "ref-s", "fr".equals(language) ? "en" : "fr", NOW, LocalDate.parse("2026-12-26"), NOW);
        UserAccount staff = new UserAccount("ref-a", "admin@example.org", "x", "Claire Dubois", language, "t", NOW);
        List<Mail> mails = new ArrayList<>();
        for (String kind : List.of("admin-new-request", "admin-request-verified", "admin-reminder", "admin-overdue")) {
          mails.add(requestMails.toAdmin(kind, r, staff).param("days", "7"));
        }
        mails.add(candidateMails.requestForHr(staff, r));
        for (Mail mail : mails) {
          Map<String, String> params = new HashMap<>(mail.params());
          params.put("publicUrl", "https://privacy.genuka.com");
          MailTemplates.Rendered rendered = MailTemplates.render(mail.kind(), mail.locale(), params, null);
          String body = rendered.text().substring(0, rendered.text().indexOf("https://privacy.genuka.com"));
          if (READERS_OWN.matcher(rendered.subject()).find() || READERS_OWN.matcher(body).find()) {
            problems.add(language + " " + type + " " + mail.kind() + ": " + rendered.subject() + " | " + body);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theCheckSeesTheReadersOwnData() {
    assertTrue(READERS_OWN.matcher("Nouvelle demande R : accès à vos données").find());
    assertFalse(READERS_OWN.matcher("Nouvelle demande R : accès aux données").find());
    assertFalse(READERS_OWN.matcher("Les demandes des candidats dans votre espace RH").find());
  }
}
