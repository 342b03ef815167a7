package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-C2: free text that looks like special-category data is not saved until HR removes it or
 * confirms it is no such data; the confirmation is kept and audited without repeating the words.
 */
class SpecialCategoryIT {

  private static Map<String, String> form(String email, String notes) {
    Map<String, String> f = new HashMap<>(Map.of("fullName", "Flagged Candidate", "email", email,
        "position", "Special tester", "locale", "fr", "notes", notes));
    return f;
  }

  private static long count(String email) {
    return Db.count("SELECT COUNT(*) FROM candidate WHERE email = ?", email);
  }

  private static Element flagBox(Page page, String prefix) {
    return page.doc().getElementById(prefix + "-flags");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fr|Catholique pratiquante, déléguée syndicale CGT.|Rien n'a été enregistré|convictions religieuses ou philosophiques|appartenance syndicale",
    "en|Mentioned her sexual orientation and a chronic illness (diabetic).|Nothing was saved|sex life or sexual orientation|health",
  })
  void flaggedTextIsSavedOnlyOnceHrConfirmsIt(String language, String notes, String refusal, String first, String second) {
    PortalClient hr = HrSupport.hr(language);
    String email = HrSupport.uniqueEmail("special");
    Page flagged = hr.submit(hr.get("/hr/new-candidate.xhtml"), "candidate", form(email, notes), "save");
    assertTrue(flagged.mainText().contains(refusal), flagged.mainText());
    Element box = flagBox(flagged, "candidate");
    assertFalse(box.hasAttr("hidden"), "the flags are shown");
    assertTrue(box.text().contains(first) && box.text().contains(second), box.text());
    assertEquals(0, count(email), "nothing saved");

    Map<String, String> confirmed = form(email, notes);
    confirmed.put("confirm", "on");
    Page saved = hr.submit(flagged, "candidate", confirmed, "save");
    assertEquals(1, count(email), saved.mainText());
    Map<String, Object> row = Db.rows("SELECT id, subject_ref, special_category_checked, special_category_confirmed_at"
        + " FROM candidate WHERE email = ?", email).get(0);
    assertEquals(Boolean.TRUE, row.get("special_category_checked"));
    assertNotNull(row.get("special_category_confirmed_at"));
    Map<String, Object> audit = Db.rows("SELECT summary, sealed FROM audit_event WHERE subject_ref = ?"
        + " AND action = 'CANDIDATE_SPECIAL_CATEGORY_CONFIRMED'", row.get("subject_ref")).get(0);
    String summary = (String) audit.get("summary");
    assertTrue(summary.contains("notes"), summary);
    assertFalse(summary.toLowerCase().contains(notes.substring(0, 8).toLowerCase()), "the words are not in the summary");
    assertNotNull(audit.get("sealed"), "the words are sealed with the candidate's key");
    Element step = saved.doc().selectFirst("#candidate-history li[data-kind=SPECIAL_CONFIRMED]");
    assertNotNull(step);
    assertTrue(step.text().contains(first), "the categories read in the page's language: " + step.text());
    assertFalse(step.text().matches(".*\\b(BELIEFS|UNION|HEALTH|SEX_LIFE)\\b.*"), "no internal code: " + step.text());
    assertNotNull(saved.doc().getElementById("candidate-special"));
  }

  @Test
  void removingTheWordsSavesWithoutAnyConfirmation() {
    PortalClient hr = HrSupport.hr("fr");
    String email = HrSupport.uniqueEmail("special-clean");
    Page flagged = hr.submit(hr.get("/hr/new-candidate.xhtml"), "candidate",
        form(email, "Très motivée. Pratique le ramadan."), "save");
    assertEquals(0, count(email));
    hr.submit(flagged, "candidate", form(email, "Très motivée."), "save");
    assertEquals(1, count(email));
    assertEquals(Boolean.FALSE, Db.value("SELECT special_category_checked FROM candidate WHERE email = ?", email));
  }

  @Test
  void onlyTextThatChangedIsLookedAtAgain() {
    PortalClient hr = HrSupport.hr("fr");
    String email = HrSupport.uniqueEmail("special-edit");
    Map<String, String> f = form(email, "Membre d'un syndicat étudiant.");
    Page flagged = hr.submit(hr.get("/hr/new-candidate.xhtml"), "candidate", f, "save");
    f.put("confirm", "on");
    hr.submit(flagged, "candidate", f, "save");
    long id = ((Number) Db.value("SELECT id FROM candidate WHERE email = ?", email)).longValue();

    Page phoneOnly = hr.submit(HrSupport.page(hr, id), "edit", Map.of("phone", "+33 6 12 34 56 78"), "save");
    assertTrue(phoneOnly.mainText().contains("Modifications enregistrées"), phoneOnly.mainText());
    assertEquals("+33 6 12 34 56 78", Db.value("SELECT phone FROM candidate WHERE id = ?", id));

    Page again = hr.submit(HrSupport.page(hr, id), "edit",
        Map.of("notes", "Membre d'un syndicat étudiant. En arrêt maladie en mars."), "save");
    assertTrue(flagBox(again, "edit").text().contains("santé"), flagBox(again, "edit").text());
    assertEquals("Membre d'un syndicat étudiant.", Db.value("SELECT notes FROM candidate WHERE id = ?", id));
  }

  @Test
  void aContactNoteIsLookedAtToo() {
    PortalClient hr = HrSupport.hr("en");
    long id = HrSupport.create(hr, "Contact Note", HrSupport.uniqueEmail("special-contact"), "Special tester", "en", null);
    Object before = Db.value("SELECT last_contact_at FROM candidate WHERE id = ?", id);
    Page flagged = hr.submit(HrSupport.page(hr, id), "contact",
        Map.of("channel", "PHONE", "note", "Talked about his religion at length"), "record");
    assertFalse(flagBox(flagged, "contact").hasAttr("hidden"));
    assertEquals(before, Db.value("SELECT last_contact_at FROM candidate WHERE id = ?", id), "the exchange was not recorded");
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ? AND kind = 'CONTACT'", id));
    Page recorded = hr.submit(HrSupport.page(hr, id), "contact", Map.of("channel", "PHONE", "note", "Call about the start date"),
        "record");
    assertTrue(recorded.mainText().contains("The exchange is recorded"), recorded.mainText());
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM candidate_event WHERE candidate_id = ? AND kind = 'CONTACT'", id));
  }

  @Test
  void aCardNumberIsRefusedOutright() {
    PortalClient hr = HrSupport.hr("en");
    String email = HrSupport.uniqueEmail("special-card");
    Page refused = hr.submit(hr.get("/hr/new-candidate.xhtml"), "candidate",
        form(email, "Paid the test fee with 4111 1111 1111 1111"), "save");
    assertTrue(refused.mainText().contains("a payment card number is never stored"), refused.mainText());
    assertEquals(0, count(email));
  }
}
