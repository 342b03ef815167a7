package com.genuka.privacy.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private static final Map<String, String> PARAMS = Map.of("reference", "REQ-ABCD-EFGH", "name", "Jean <Kamga>",
      "dueDate", "3 mars 2026", "link", "https://privacy.genuka.com/customer/requests.xhtml", "publicUrl", "https://privacy.genuka.com");

  @Test
  void rendersTheRecipientsLanguageInTextAndHtml() {
    MailTemplates.Rendered fr = MailTemplates.render("sample", "fr", PARAMS, null);
    assertEquals("Votre demande REQ-ABCD-EFGH", fr.subject());
    assertTrue(fr.text().contains("Bonjour Jean <Kamga>,"), fr.text());
    assertTrue(fr.text().contains("Notre politique vie privée"), "French footer");
    assertTrue(fr.html().contains("Bonjour Jean &lt;Kamga&gt;,"), "values are escaped in HTML");
    assertTrue(fr.html().contains("<a href=\"https://privacy.genuka.com/customer/requests.xhtml\""), fr.html());
    assertTrue(fr.html().startsWith("<!DOCTYPE html><html lang=\"fr\">"));
    MailTemplates.Rendered en = MailTemplates.render("sample", "en", PARAMS, null);
    assertEquals("Your request REQ-ABCD-EFGH", en.subject());
    assertTrue(en.text().contains("Our privacy policy"), "English footer");
  }

  @Test
  void marketingMailCarriesItsUnsubscribeLink() {
    MailTemplates.Rendered r = MailTemplates.render("sample", "en", PARAMS, "https://privacy.genuka.com/unsubscribe?t=abc");
    assertTrue(r.text().contains("https://privacy.genuka.com/unsubscribe?t=abc"));
    assertTrue(r.html().contains("href=\"https://privacy.genuka.com/unsubscribe?t=abc\""));
  }

  @Test
  void aRequestIsNamedWithItsPrepositionAndNoNameLeavesNoGap() {
    for (com.genuka.privacy.requests.entity.RequestType type : com.genuka.privacy.requests.entity.RequestType.values()) {
      Map<String, String> params = new java.util.HashMap<>(Map.of("reference", "REQ-ABCD-EFGH", "name", "",
          "receivedOn", "3 mars 2026", "dueDate", "3 avril 2026", "followUp", "", "publicUrl", "https://p.example"));
      for (String language : new String[] {"fr", "en"}) {
        params.put("type", com.genuka.privacy.requests.control.RequestMails.label("type." + type.name(), language));
        params.put("ofType", com.genuka.privacy.requests.control.RequestMails.label("ofType." + type.name(), language));
        String text = MailTemplates.render("request-ack", language, params, null).text();
        assertTrue(text.startsWith("fr".equals(language) ? "Bonjour,\n" : "Hello,\n"), text);
        assertFalse(java.util.regex.Pattern.compile("\\bde [aeiouéèêh]", java.util.regex.Pattern.CASE_INSENSITIVE)
            .matcher(text).find(), "French elides 'de' before a vowel: " + text);
      }
    }
    String access = MailTemplates.render("request-ack", "fr", Map.of("reference", "R", "name", "Awa",
        "receivedOn", "3 mars 2026", "dueDate", "3 avril 2026", "followUp", "", "type", "accès",
        "ofType", com.genuka.privacy.requests.control.RequestMails.label("ofType.ACCESS", "fr"), "publicUrl", "https://p.example"), null).text();
    assertTrue(access.contains("Bonjour Awa,") && access.contains("votre demande d'accès aux données personnelles"), access);
  }

  @Test
  void aMissingValueOrTemplateIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("sample", "fr", Map.of("name", "x"), null));
    assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no-such-kind", "fr", PARAMS, null));
  }

  @Test
  void backoffDoublesUpToItsCap() {
    Duration base = Duration.ofSeconds(30);
    Duration cap = Duration.ofMinutes(10);
    assertEquals(Duration.ofSeconds(30), Backoff.after(1, base, cap));
    assertEquals(Duration.ofSeconds(60), Backoff.after(2, base, cap));
    assertEquals(Duration.ofSeconds(240), Backoff.after(4, base, cap));
    assertEquals(cap, Backoff.after(9, base, cap));
    assertEquals(cap, Backoff.after(400, base, cap));
  }

  @Test
  void datesReadAsEachLanguageWritesThem() {
    assertEquals("3 mars 2026", MailFormat.date(LocalDate.parse("2026-03-03"), "fr"));
    assertEquals("3 March 2026", MailFormat.date(LocalDate.parse("2026-03-03"), "en"));
  }
}
