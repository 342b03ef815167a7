package com.genuka.privacy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JPQL never compares a boolean attribute with TRUE or FALSE: EclipseLink's H2 platform writes the
 * comparison with 1 (a literal, and a bound parameter too), and H2 2.x, the embedded database of the
 * default run, refuses to compare a BOOLEAN with a number (/admin/newsletter.xhtml failed so).
 * PostgreSQL accepts it, so the integration tests cannot see it. Such conditions are native SQL
 * (snake_case columns, TRUE written out), run on H2 by NativeSqlOnH2Test; this test catches the
 * literal form, DefaultRunIT the pages that would still fail.
 */
class JpqlBooleanLiteralsTest {

  /** alias.attribute compared with a literal: JPQL attributes are camelCase, columns snake_case. */
  static final Pattern LITERAL = Pattern.compile(
      "\\b[a-z]\\w*\\.[a-z][a-zA-Z0-9]*\\s*(=|<>|!=|\\bIS\\b(\\s+NOT)?)\\s*(TRUE|FALSE)\\b");

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  @Test
  void noJpqlComparesABooleanWithALiteral() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("src/main/java", "../web/src/main/java", "../persistence/src/main/java")) {
      try (Stream<Path> files = Files.walk(Path.of(module))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          found.addAll(literals(Files.readString(f)).stream().map(q -> f.getFileName() + ": " + q).toList());
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theCheckSeesTheLiteralsThatFailedOnH2() {
    assertEquals(1, literals("String q = \"SELECT u FROM U u WHERE EXISTS (SELECT c FROM C c WHERE c.granted = TRUE\"\n"
        + " + \" AND c.x = 1)\";").size());
    assertEquals(1, literals("em.createQuery(\"UPDATE E e SET e.shareWithPartners = FALSE\")").size());
    assertTrue(literals("\"DELETE FROM candidate c WHERE c.objected_to_retention = TRUE\"").isEmpty(), "native SQL");
    assertTrue(literals("\"SELECT c FROM C c WHERE c.granted = :granted\"").isEmpty());
  }

  /** The JPQL-looking comparisons with a boolean literal in the string literals of a source file. */
  static List<String> literals(String source) {
    StringBuilder strings = new StringBuilder();
    Matcher s = STRING.matcher(source);
    while (s.find()) {
      strings.append(s.group(1)); // concatenated pieces of one query read as one
    }
    List<String> out = new ArrayList<>();
    Matcher m = LITERAL.matcher(strings);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
