package com.genuka.privacy.erasure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.erasure.entity.StepOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a job's steps is what makes "completed" mean "everything before succeeded". */
class ErasurePlanTest {

  @Test
  void theAccountGoesLastAmongTheDataThenTheProofAndCompletionLast() {
    List<String> codes = ErasurePlan.subject().stream().map(ErasurePlan.Step::code).toList();
    int account = codes.indexOf("ACCOUNT");
    for (String data : List.of("SESSIONS", "BROWSER_LOG", "RECORDINGS", "CONSENTS", "EVENTS", "CANDIDATE", "INVOICES",
        "REQUESTS", "MAIL", "LINKED")) {
      assertTrue(codes.indexOf(data) < account, data + " needs the account id, so it runs before the account goes");
    }
    assertEquals(List.of("NOTICES", "VERIFY", "RECEIPT", "COMPLETE"), codes.subList(codes.size() - 4, codes.size()));
    assertEquals(codes.size(), codes.stream().distinct().count());
    assertEquals(StepOutcome.PSEUDONYMISED,
        ErasurePlan.subject().stream().filter(s -> s.code().equals("INVOICES")).findFirst().orElseThrow().outcome());
  }

  @Test
  void aCompanysPlanHasAStepPerTableOfItsPartition() {
    List<String> codes = ErasurePlan.tenant(List.of("tenant_customer", "tenant_media")).stream().map(ErasurePlan.Step::code).toList();
    assertEquals(List.of("EXPORT_FILES", "TABLE:tenant_customer", "TABLE:tenant_media", "TENANT_MARK", "NOTICES", "VERIFY",
        "RECEIPT", "COMPLETE"), codes);
  }

  @Test
  void aPseudonymIsStablePerPersonAndRevealsNothing() {
    assertEquals(ErasurePlan.pseudonym("ref-1"), ErasurePlan.pseudonym("ref-1"));
    assertNotEquals(ErasurePlan.pseudonym("ref-1"), ErasurePlan.pseudonym("ref-2"));
    assertTrue(ErasurePlan.pseudonym("ref-1").matches("pseudonym-[0-9a-f]{16}"));
  }

  @Test
  void contactDetailsAreSealedAndOpenAgain() {
    Contact c = new Contact("zoe@example.org", "Zoé Kamga", null);
    String[] sealed = c.seal();
    assertTrue(!sealed[0].contains("zoe") && !sealed[0].contains("Kamga"));
    assertEquals(c, Contact.open(sealed[0], sealed[1]));
    assertEquals(Contact.NONE, Contact.open(null, null));
  }
}
