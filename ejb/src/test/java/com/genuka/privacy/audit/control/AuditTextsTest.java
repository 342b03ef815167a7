package com.genuka.privacy.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the code writes to the audit log reads as a sentence in French and in English. */
class AuditTextsTest {

  /** An action as the code appends it: AuditEntry.of(actor, "X"), journal.audit(actor, "X", …), auditStep(…), auditAccount(…). */
  private static final Pattern APPENDED = Pattern.compile(
      "(?:AuditEntry\\.of|journal\\.audit|auditStep|auditAccount)\\([^;]*?\"([A-Z][A-Z_]{2,})\"", Pattern.DOTALL);
  private static final Pattern TERNARY = Pattern.compile("\\? \"([A-Z][A-Z_]{2,})\" : \"([A-Z][A-Z_]{2,})\"\\)");

  @Test
  void everyActionOfTheCodeHasASentenceInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String source = Files.readString(f, StandardCharsets.UTF_8);
        Matcher m = APPENDED.matcher(source);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher t = TERNARY.matcher(source);
        while (t.find()) {
          if (t.group(1).startsWith("RETENTION_SWEEP") || t.group(1).startsWith("CONSENT_")) {
            used.add(t.group(1));
            used.add(t.group(2));
          }
        }
      }
    }
    used.removeAll(Set.of("CANDIDATE"));
    assertEquals(true, used.size() > 40, "actions found: " + used);
    List<String> missing = used.stream().filter(a -> !AuditTexts.actions().contains(a)).toList();
    assertEquals(List.of(), missing, "actions without a sentence");
    for (String a : used) {
      assertNotEquals(AuditTexts.describe(a, "fr"), AuditTexts.describe(a, "en"), a);
    }
  }

  @Test
  void anUnknownActionIsShownAsItsCode() {
    assertEquals("SOMETHING_NEW", AuditTexts.describe("SOMETHING_NEW", "fr"));
    assertEquals("Connexion au portail", AuditTexts.describe("LOGIN", "fr"));
    assertEquals("Logged in to the portal", AuditTexts.describe("LOGIN", "en"));
  }
}
