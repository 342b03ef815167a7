package com.genuka.privacy.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads exists in French and in English: the pages' messages and validation
 * errors (this module), the e-mail templates and the texts of exports and receipts (the EJB module).
 * For each bundle, both languages have the same keys, no value is empty, and each translation uses
 * the same placeholders, so that no reader meets a missing text, a raw key or a lost value.
 */
class TranslationsTest {

  private static final Pattern LANGUAGE = Pattern.compile("(.+)_(fr|en)\\.properties");
  /** {0}, {1,number,integer}, {reference}: what a pattern fills in. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)");

  private static final Pattern INDEXED = Pattern.compile("\\{\\d");
  /** A space of any kind before : ; ? ! (English has none). */
  private static final Pattern ENGLISH_SPACED = Pattern.compile("[ \\u00a0\\u202f][:;?!]");
  /** : ; ? ! right after a letter, a digit, a closing bracket or quote (French wants a space), but not :// nor 18:30. */
  private static final Pattern FRENCH_UNSPACED = Pattern.compile("[\\p{L}\\p{N})\\]}»\"'](?:[;?!]|:(?!//)(?!\\d))");
  /** Text between a page's tags: a space before : ; ? ! or a French quotation mark. */
  private static final Pattern PAGE_PUNCTUATION = Pattern.compile(">[^<]*(?: [:;?!]|«|»)[^<]*<");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static final List<Path> ROOTS = List.of(Path.of("src/main/resources"), Path.of("../ejb/src/main/resources"));

  @Test
  void everyBundleHasBothLanguages() throws IOException {
    Map<String, Set<String>> languages = bundles();
    assertTrue(languages.size() >= 10, "bundles found: " + languages.keySet());
    languages.forEach((bundle, found) -> assertEquals(Set.of("en", "fr"), found, bundle));
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles().keySet()) {
      Properties fr = load(Path.of(bundle + "_fr.properties"));
      Properties en = load(Path.of(bundle + "_en.properties"));
      Set<String> keys = new TreeSet<>(fr.stringPropertyNames());
      keys.addAll(en.stringPropertyNames());
      for (String key : keys) {
        String f = fr.getProperty(key);
        String e = en.getProperty(key);
        if (f == null || e == null) {
          problems.add(bundle + ": " + key + " is missing in " + (f == null ? "French" : "English"));
        } else if (f.isBlank() || e.isBlank()) {
          problems.add(bundle + ": " + key + " is empty");
        } else if (!placeholders(f).equals(placeholders(e))) {
          problems.add(bundle + ": " + key + " fills " + placeholders(f) + " in French but " + placeholders(e)
              + " in English");
        }
      }
      Path fallback = Path.of(bundle + ".properties");
      if (Files.exists(fallback)) {
        assertEquals(fr.stringPropertyNames(), load(fallback).stringPropertyNames(),
            bundle + ".properties, read when no language matches, has the same keys as the French one");
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The pages' messages are shown either as they are (no value to fill in) or through
   * MessageFormat (with {0}…), where an apostrophe must be doubled: a doubled one shown as it is
   * reads "d''un", a single one in a pattern swallows the value after it.
   */
  @Test
  void apostrophesAreWrittenForTheWayEachMessageIsShown() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles().keySet()) {
      if (!bundle.endsWith("/messages")) {
        continue;
      }
      for (String language : List.of("fr", "en")) {
        Properties p = load(Path.of(bundle + "_" + language + ".properties"));
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
          String v = p.getProperty(key);
          boolean pattern = INDEXED.matcher(v).find();
          if (!pattern && v.contains("''")) {
            problems.add(language + " " + key + ": shown as it is, yet its apostrophe is doubled");
          } else if (pattern && LONE_APOSTROPHE.matcher(v).find()) {
            problems.add(language + " " + key + ": a MessageFormat pattern with a single apostrophe");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * A count is written in the reader's grammar ("1 record", "2 records"; « 1 an », « 2 ans ») with a
   * choice pattern, never as "record(s)": every MessageFormat text (pages, exports, receipts) that
   * takes a number can choose its form (issue 10, item 22: "Envoyés" on a single mail).
   */
  @Test
  void countsAreWrittenInTheReadersGrammarNotWithParentheses() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles().keySet()) {
      for (String language : List.of("fr", "en")) {
        Properties p = load(Path.of(bundle + "_" + language + ".properties"));
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
          String v = p.getProperty(key);
          if (INDEXED.matcher(v).find() && PARENTHESISED_PLURAL.matcher(v).find()) {
            problems.add(language + " " + bundle.substring(bundle.lastIndexOf('/') + 1) + " " + key + ": " + v);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static final Pattern PARENTHESISED_PLURAL = Pattern.compile("\\p{L}\\(s\\)");

  /**
   * English puts no space before a colon, semicolon, question or exclamation mark; French puts one
   * (a space or a no-break space) before each. Addresses ({@code https://}) and times ({@code 18:30})
   * are not punctuation.
   */
  @Test
  void eachLanguageSpacesItsPunctuationItsOwnWay() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles().keySet()) {
      Properties en = load(Path.of(bundle + "_en.properties"));
      Properties fr = load(Path.of(bundle + "_fr.properties"));
      for (String key : new TreeSet<>(en.stringPropertyNames())) {
        String v = en.getProperty(key);
        if (ENGLISH_SPACED.matcher(v).find()) {
          problems.add(bundle + "_en: " + key + " has a space before its punctuation: " + v);
        }
      }
      for (String key : new TreeSet<>(fr.stringPropertyNames())) {
        String v = fr.getProperty(key);
        if (FRENCH_UNSPACED.matcher(v).find()) {
          problems.add(bundle + "_fr: " + key + " lacks the space before its punctuation: " + v);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * A page's literal text is read in both languages: punctuation spaced the French way there would
   * reach English readers ("You : Received"). Such text belongs in the bundles (punct.colon).
   */
  @Test
  void pagesWriteNoLanguageSpecificPunctuationOfTheirOwn() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().collect(Collectors.toList())) {
        String text = Files.readString(page, StandardCharsets.UTF_8).replaceAll("#\\{[^}]*\\}", "EL");
        Matcher m = PAGE_PUNCTUATION.matcher(text);
        while (m.find()) {
          problems.add(page + ": \"" + m.group() + "\"");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckSeesAMissingTranslation() {
    assertEquals(Set.of("0", "reference"), placeholders("Request {reference}: {0,number,integer} row(s)"));
    assertFalse(placeholders("Demande {reference}").equals(placeholders("Request {ref}")));
    assertTrue(LONE_APOSTROPHE.matcher("your company's name: {0}").find());
    assertTrue(ENGLISH_SPACED.matcher("You : Received").find());
    assertFalse(ENGLISH_SPACED.matcher("Contact us: privacy@genuka.com, https://genuka.com").find());
    assertTrue(FRENCH_UNSPACED.matcher("Vous: reçue").find());
    assertFalse(FRENCH_UNSPACED.matcher("Vous : reçue à 18:30, voir https://genuka.com").find());
    assertTrue(PAGE_PUNCTUATION.matcher("<li>EL : <span>").find());
    assertFalse(PAGE_PUNCTUATION.matcher("<li>EL<span>").find());
    assertFalse(LONE_APOSTROPHE.matcher("your company''s name: {0}").find());
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Each bundle's path without its language suffix, with the languages it exists in. */
  private static Map<String, Set<String>> bundles() throws IOException {
    Map<String, Set<String>> found = new TreeMap<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
          Matcher m = LANGUAGE.matcher(p.toString());
          if (m.matches()) {
            found.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
          }
        }
      }
    }
    return found;
  }

  private static Properties load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(file.toString(), e);
    }
    return p;
  }
}
