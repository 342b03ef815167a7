package com.genuka.privacy.requests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.consent.entity.ConsentPurpose;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.RequestType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, item 10: an objection says what it objects to, taken from the policy's processings. */
class ObjectionsTest {

  @Test
  void everyConsentPurposeCanBeObjectedTo() {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertEquals(purpose, ObjectedProcessing.of(purpose).consent());
      assertTrue(ObjectedProcessing.forCustomers().contains(ObjectedProcessing.of(purpose)), purpose.name());
    }
  }

  @Test
  void anObjectionMustSayWhatItObjectsTo() {
    UserFacingException none = assertThrows(UserFacingException.class,
        () -> RequestWorkflow.objection(RequestType.OBJECTION, null, "stop"));
    assertEquals("request.objectionRequired", none.getMessageKey());
    UserFacingException noWords = assertThrows(UserFacingException.class,
        () -> RequestWorkflow.objection(RequestType.OBJECTION, ObjectedProcessing.OTHER, "no"));
    assertEquals("request.objectionWords", noWords.getMessageKey());
    assertEquals(ObjectedProcessing.OTHER,
        RequestWorkflow.objection(RequestType.OBJECTION, ObjectedProcessing.OTHER, "the phone calls of your sales team"));
    assertEquals(ObjectedProcessing.SESSION_RECORDING,
        RequestWorkflow.objection(RequestType.OBJECTION, ObjectedProcessing.SESSION_RECORDING, null));
    assertNull(RequestWorkflow.objection(RequestType.ACCESS, ObjectedProcessing.MARKETING, null),
        "only an objection carries a processing");
  }

  @Test
  void mailsNameWhatIsObjectedToInBothLanguagesAndNeverCallItMarketingByDefault() {
    List<String> names = new ArrayList<>();
    for (ObjectedProcessing p : ObjectedProcessing.values()) {
      names.add(p.name());
    }
    names.add("NOT_STATED");
    for (String lang : List.of("fr", "en")) {
      for (String n : names) {
        String type = RequestMails.label("type.OBJECTION." + n, lang);
        String ofType = RequestMails.label("ofType.OBJECTION." + n, lang);
        assertFalse(type.isBlank() || ofType.isBlank(), n + " " + lang);
        if (!"MARKETING".equals(n)) {
          assertFalse(type.contains("marketing") || ofType.contains("marketing"), n + " in " + lang + ": " + type);
        }
      }
      assertFalse(RequestMails.label("type.OBJECTION", lang).contains("marketing"));
    }
    assertEquals("objection to session recordings", RequestMails.label("type.OBJECTION.SESSION_RECORDING", "en"));
  }
}
