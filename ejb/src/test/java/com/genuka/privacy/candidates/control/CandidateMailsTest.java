package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.notify.boundary.Mail;
import com.genuka.privacy.notify.control.MailTemplates;
import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import com.genuka.privacy.retention.entity.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every candidate e-mail renders in both languages with exactly the values the code gives it. */
class CandidateMailsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final CandidateMails mails = new CandidateMails("https://privacy.genuka.com", PARIS);

  private static Candidate candidate(String locale) {
    return new Candidate("ref-c", "Nadia Benali", "nadia@example.org", "Développeur Java", locale, NOW);
  }

  private static UserAccount hr(String locale) {
    return new UserAccount("ref-hr", "claire@example.org", "x", "Claire Dubois", locale, "t", NOW);
  }

  private static MailTemplates.Rendered render(Mail mail) {
    Map<String, String> params = new HashMap<>(mail.params());
    params.put("publicUrl", "https://privacy.genuka.com");
    return MailTemplates.render(mail.kind(), mail.locale(), params, mail.listUnsubscribe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void everyTemplateRendersInBothLanguages(String language) {
    RetentionTerms terms = new RetentionTerms(3, PeriodUnit.YEARS, Map.of("FR", 5), LocalDate.parse("2026-11-26"), PARIS);
    PrivacyRequest r = new PrivacyRequest("REQ-ABCD-EFGH", RequestType.ERASURE, RequestStatus.VERIFIED, Channel.WEB_FORM,
        SubjectKind.CANDIDATE, "ref-c", language, NOW, LocalDate.parse("2026-12-26"), NOW);
    for (Mail mail : List.of(mails.pageLink(candidate(language), "tok", NOW.plusSeconds(7 * 86400)),
        mails.talentPool(candidate(language), "tok", NOW.plusSeconds(7 * 86400), LocalDate.parse("2029-11-26"), terms),
        mails.requestForHr(hr(language), r), mails.erasureStartedForHr(hr(language), r),
        mails.objectionForHr(hr(language), candidate(language), LocalDate.parse("2026-11-26")))) {
      MailTemplates.Rendered rendered = render(mail);
      assertEquals(language, mail.locale());
      assertTrue(!rendered.subject().isBlank() && !rendered.text().contains("{"), mail.kind() + ": " + rendered.text());
    }
  }

  @Test
  void theTalentPoolQuestionStatesThePeriodOfTheRulesAndTheLink() {
    RetentionTerms terms = new RetentionTerms(2, PeriodUnit.YEARS, Map.of(), LocalDate.parse("2026-11-26"), PARIS);
    MailTemplates.Rendered fr = render(mails.talentPool(candidate("fr"), "abc", NOW.plusSeconds(86400),
        LocalDate.parse("2028-11-26"), terms));
    assertTrue(fr.text().contains("2 ans au plus après notre dernier échange"), fr.text());
    assertTrue(fr.text().contains("26 novembre 2028"));
    assertTrue(fr.text().contains("https://privacy.genuka.com/candidate/my-data.xhtml?token=abc"));
    assertTrue(fr.html().contains("<a href=\"https://privacy.genuka.com/candidate/my-data.xhtml?token=abc\""));
    assertEquals("1 year", CandidateMails.period(1, PeriodUnit.YEARS, "en"));
    assertEquals("6 mois", CandidateMails.period(6, PeriodUnit.MONTHS, "fr"));
  }
}
