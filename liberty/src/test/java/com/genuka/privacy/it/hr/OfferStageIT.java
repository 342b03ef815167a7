package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.PortalClient;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy lets HR ask for more personal data only once an offer is made, and keeps it for hired
 * people only: the page offers no form before, the boundary refuses it whatever the page says, the
 * data goes when the application ends without a hire, and a hire needs its country and contract.
 */
class OfferStageIT {

  private static final Map<String, String> OFFER = Map.of("homeAddress", "12 rue des Lilas, 69003 Lyon",
      "dateOfBirth", "1992-04-17", "idDocumentNumber", "FR-ID-77120", "bankIban", "fr76 3000 6000 0112 3456 7890 189",
      "employmentCountry", "FR", "contractStart", It.today().plusDays(15).toString());

  private static long candidateInOffer(PortalClient hr, String name) {
    long id = HrSupport.create(hr, name, HrSupport.uniqueEmail("offer"), "Offer tester", "fr", null);
    hr.submit(HrSupport.page(hr, id), "state", Map.of(), "to-INTERVIEWING");
    hr.submit(HrSupport.page(hr, id), "state", Map.of(), "to-OFFER");
    assertEquals("OFFER", HrSupport.state(id));
    return id;
  }

  private static Object column(String column, long id) {
    return Db.value("SELECT " + column + " FROM candidate WHERE id = ?", id);
  }

  @Test
  void offerDataCanBeEnteredOnlyOnceAnOfferIsMade() {
    PortalClient hr = HrSupport.hr("fr");
    long id = HrSupport.create(hr, "Offer Later", HrSupport.uniqueEmail("offer"), "Offer tester", "fr", null);
    Page applied = HrSupport.page(hr, id);
    assertNotNull(applied.doc().getElementById("offer-locked"));
    assertNull(applied.doc().getElementById("offer"), "no form before the offer");
    Page interviewing = hr.submit(applied, "state", Map.of(), "to-INTERVIEWING");
    assertEquals("INTERVIEWING", interviewing.doc().getElementById("candidate-state").attr("data-state"));
    assertNull(interviewing.doc().getElementById("offer"));

    Page offer = hr.submit(interviewing, "state", Map.of(), "to-OFFER");
    assertNotNull(offer.doc().getElementById("offer"), "the form appears with the offer");
    Page saved = hr.submit(offer, "offer", OFFER, "save");
    assertTrue(saved.mainText().contains("Données de l'offre enregistrées"), saved.mainText());
    assertEquals("12 rue des Lilas, 69003 Lyon", column("home_address", id));
    assertEquals("FR7630006000011234567890189", column("bank_iban", id), "stored without spaces, in capitals");
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CANDIDATE_OFFER_DATA_SAVED'"
        + " AND target_id = ? AND summary NOT LIKE '%Lyon%' AND summary NOT LIKE '%FR76%'", Long.toString(id)));
  }

  @Test
  void theBoundaryRefusesOfferDataOutsideTheOfferWhateverThePageSays() {
    PortalClient hr = HrSupport.hr("en");
    long id = candidateInOffer(hr, "Stale Page");
    Page stale = HrSupport.page(hr, id);
    // The state changes behind the page's back, without a new version: only the rule can stop it.
    Db.update("UPDATE candidate SET state = 'REJECTED' WHERE id = ?", id);
    Page refused = hr.submit(stale, "offer", OFFER, "save");
    assertTrue(refused.mainText().contains("may be asked for only once an offer is made"), refused.mainText());
    assertNull(column("home_address", id));
    assertNull(column("bank_iban", id));
  }

  @Test
  void aPageDrawnBeforeSomeoneElsesChangeCannotOverwriteIt() {
    PortalClient hr = HrSupport.hr("fr");
    long id = candidateInOffer(hr, "Two Tabs");
    Page first = HrSupport.page(hr, id);
    Page second = HrSupport.page(hr, id);
    hr.submit(second, "state", Map.of(), "to-REJECTED");
    Page refused = hr.submit(first, "offer", OFFER, "save");
    assertTrue(refused.mainText().contains("Quelqu'un d'autre vient de modifier"), refused.mainText());
    assertEquals("REJECTED", HrSupport.state(id));
    assertNull(column("home_address", id));
  }

  @Test
  void endingTheApplicationWithoutAHireDeletesTheOfferData() {
    PortalClient hr = HrSupport.hr("fr");
    long id = candidateInOffer(hr, "Declined Offer");
    hr.submit(HrSupport.page(hr, id), "offer", OFFER, "save");
    assertNotNull(column("date_of_birth", id));
    Page withdrawn = hr.submit(HrSupport.page(hr, id), "state", Map.of(), "to-WITHDRAWN");
    assertEquals("WITHDRAWN", HrSupport.state(id));
    for (String c : new String[] {"home_address", "date_of_birth", "id_document_number", "bank_iban",
        "employment_country", "contract_start"}) {
      assertNull(column(c, id), c + " must go with the offer");
    }
    assertNotNull(withdrawn.doc().selectFirst("#candidate-history li[data-kind=OFFER_DATA_CLEARED]"));
    assertEquals(1L, Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CANDIDATE_OFFER_DATA_CLEARED'"
        + " AND target_id = ?", Long.toString(id)));
  }

  @Test
  void aHireNeedsItsCountryAndContractAndIsThenDatedByThem() {
    PortalClient hr = HrSupport.hr("fr");
    long id = candidateInOffer(hr, "New Hire");
    Page refused = hr.submit(HrSupport.page(hr, id), "state", Map.of(), "to-HIRED");
    assertTrue(refused.mainText().contains("Pour embaucher, indiquez d'abord le pays d'emploi"), refused.mainText());
    assertEquals("OFFER", HrSupport.state(id));

    hr.submit(HrSupport.page(hr, id), "offer", OFFER, "save");
    Page hired = hr.submit(HrSupport.page(hr, id), "state", Map.of(), "to-HIRED");
    assertEquals("HIRED", HrSupport.state(id));
    assertEquals("CONTRACT_RUNNING", hired.doc().getElementById("deletion").attr("data-basis"));
    assertNotNull(column("bank_iban", id), "kept for a hired person");

    Map<String, String> ended = new java.util.HashMap<>(OFFER);
    ended.put("contractEnd", "2031-06-30");
    Page dated = hr.submit(hired, "offer", ended, "save");
    assertEquals("2036-06-30", dated.doc().getElementById("deletion").attr("data-date"), "end + 5 years in France");
  }

  @Test
  void badOfferValuesAreRefusedWithTheirReason() {
    PortalClient hr = HrSupport.hr("en");
    long id = candidateInOffer(hr, "Bad Iban");
    Map<String, String> bad = new java.util.HashMap<>(OFFER);
    bad.put("bankIban", "FR76 3000 6000 0112 3456 7890 188");
    Page refused = hr.submit(HrSupport.page(hr, id), "offer", bad, "save");
    assertTrue(refused.mainText().contains("This IBAN is not valid"), refused.mainText());
    assertNull(column("home_address", id), "nothing of the form was kept");
    bad.put("bankIban", "");
    bad.put("idDocumentNumber", "4111 1111 1111 1111");
    Page card = hr.submit(HrSupport.page(hr, id), "offer", bad, "save");
    assertTrue(card.mainText().contains("a payment card number is never stored"), card.mainText());
    assertNull(column("id_document_number", id));
  }
}
