package com.genuka.privacy.candidates.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks, in French and English, for words that suggest a special category of personal data (GDPR
 * art. 9): the policy promises never to collect a candidate's racial or ethnic origin, political
 * opinions, beliefs, union membership or sex life (R-C2), and health is as sensitive. It is a
 * tripwire, not a classifier: it errs towards flagging, and HR removes the text or confirms that it
 * holds no such data. Accents and case are ignored; phrases whose ordinary meaning is harmless
 * ("race condition", "syndic de copropriété", "enceinte Bluetooth") are left alone.
 */
public final class SpecialCategories {

  /** The special categories of GDPR art. 9 that R-C2 names, and health. */
  public enum Category {
    ORIGIN,
    POLITICS,
    BELIEFS,
    UNION,
    SEX_LIFE,
    HEALTH
  }

  /** A suspicious passage: its category and the words that raised the flag, as typed. */
  public record Finding(Category category, String excerpt) {}

  private static final Map<Category, Pattern> PATTERNS = new EnumMap<>(Category.class);

  static {
    // Words are matched on text folded to lower case without accents.
    PATTERNS.put(Category.ORIGIN, words(
        "ethni(?:e|es|que|ques|city|cities|c|cally)",
        "racial(?:e|es|ement|ly)?", "raciaux",
        "(?<!(?:rat|arms|space|horse|car|bike|cycling|relay|boat|road|sprint|marathon|drag|ski|foot)\\s)"
            + "races?(?!\\s+conditions?)(?!\\s+(?:de|d')\\s*(?:chien|chat|cheval|chevaux)s?)",
        "origine(?:s)?\\s+(?:ethnique|raciale|africaine|maghrebine|arabe|asiatique|europeenne)s?",
        "couleur\\s+de\\s+(?:la\\s+)?peau", "skin\\s+colou?r", "tribu(?:s)?", "tribal(?:e|es)?",
        "caucasi(?:en|enne|an)s?", "afro-?(?:descendant|americain|american)e?s?"));
    PATTERNS.put(Category.POLITICS, words(
        "parti(?:s)?\\s+politiques?", "political\\s+part(?:y|ies)",
        "opinions?\\s+politiques?", "convictions?\\s+politiques?", "engagement\\s+politique",
        "political\\s+(?:view|opinion|affiliation|belief|conviction|leaning)s?",
        "militant(?:e|es|s)?\\s+(?:politique|au\\s+parti|de\\s+gauche|de\\s+droite)s?",
        "(?:socialist|communist|marxist|fascist|anarchist|nationalist)e?s?",
        "(?:socialiste|communiste|ecologiste|gaulliste|frontiste|anarchiste|nationaliste)s?",
        "(?:democrat|republican|labour|conservative|green)\\s+party",
        "vot(?:e|es|ed|er|ait|ant)\\s+(?:pour|for)\\s+(?:le|la|les|the)?\\s*(?:parti|party|candidat|candidate|gauche|droite|left|right)",
        "de\\s+(?:gauche|droite)\\s+radicale?", "(?:left|right)[-\\s]wing"));
    PATTERNS.put(Category.BELIEFS, words(
        "religi(?:on|ons|eux|euse|euses|ous|ion)", "croyances?(?:\\s+(?:religieuses?|philosophiques?))?",
        "(?:religious|philosophical)\\s+beliefs?", "\\bfoi\\s+(?:chretienne|musulmane|juive|religieuse)",
        "catholi(?:que|ques|c|cs|cisme|cism)", "protestant(?:e|es|s|isme|ism)?",
        "musulman(?:e|es|s)?", "muslims?", "islam(?:ique|iques|ic|iste)?",
        "chretien(?:ne|nes|s)?", "christianisme", "christianity", "juif|juive(?:s)?|juifs", "jewish",
        "judaisme|judaism", "bouddhis(?:te|tes|me|t|ts|m)", "hindou(?:e|s|es|isme)?", "hindu(?:s|ism)?",
        "athee(?:s)?|atheis(?:te|tes|me|t|ts|m)", "agnosti(?:que|ques|c|cs|cisme|cism)",
        "evangeli(?:que|ques|cal|cals|ste)", "pentecot(?:iste|istes|al)", "temoins?\\s+de\\s+jehovah",
        "jehovah'?s\\s+witness(?:es)?", "franc-?macon(?:ne|s|nerie)?", "freemason(?:s|ry)?",
        "ramadan", "mosquee(?:s)?|mosques?", "synagogues?", "eglise\\s+(?:catholique|protestante|evangelique)",
        "(?:porte|porter|wears?|wearing)\\s+(?:le|un|the|a)\\s+(?:voile|hijab|kippa|headscarf)",
        "hijab|kippa|burqa|niqab"));
    PATTERNS.put(Category.UNION, words(
        "syndicat(?:s)?(?!\\s+(?:de\\s+copropriete|intercommunal|mixte|d'initiative))",
        "syndical(?:e|es|iste|istes|isme)?", "syndicaux", "trade\\s+unions?", "labou?r\\s+unions?",
        "union\\s+(?:member|membership|rep|representative|steward|activist)s?", "unionised|unionized",
        "shop\\s+steward", "cgt|cfdt|cftc|cfe-cgc|unsa|fsu"));
    PATTERNS.put(Category.SEX_LIFE, words(
        "orientation\\s+sexuelle", "sexual\\s+orientation", "vie\\s+sexuelle", "sex(?:ual)?\\s+life",
        "homosexu(?:el|elle|els|elles|al|als|alite|ality)", "heterosexu(?:el|elle|al)s?",
        "bisexu(?:el|elle|al)s?", "lesbi(?:enne|ennes|an|ans)", "\\bgay(?:s)?\\b", "lgbt\\w*", "queer",
        "transgen(?:re|res|der)", "pacse(?:e)?\\s+avec\\s+(?:un|une)\\s+(?:homme|femme)",
        "(?:same-sex|meme\\s+sexe)\\s+(?:partner|partenaire|couple|marriage|mariage)"));
    PATTERNS.put(Category.HEALTH, words(
        "maladies?", "malade(?:s)?", "sante\\s+mentale", "mental\\s+health", "handicap(?:e|ee|es|s)?",
        "disabilit(?:y|ies)",
        "(?:am|is|was|being|registered)\\s+disabled|disabled\\s+(?:person|people|worker|employee|candidate)s?", "invalidite", "rqth", "arrets?\\s+maladie", "sick\\s+(?:leave|note)",
        "(?:suis|est|etait|tombee)\\s+enceinte", "grossesse", "pregnan(?:t|cy)", "conge\\s+maternite",
        "maternity\\s+leave", "diabet(?:e|ique|es|ic)", "cancer(?:s)?", "vih|hiv|sida", "depression",
        "burn-?out", "epilep(?:sie|tique|sy|tic)", "asthm(?:e|atique|a|atic)", "chimiotherapie|chemotherapy",
        "(?:traitement|suivi)\\s+(?:medical|psychiatrique|psychologique)", "medical\\s+(?:condition|treatment)",
        "psychiatr(?:e|ique|ic|ist|y)", "troubles?\\s+(?:bipolaires?|anxieux|psychiques?)", "bipolar"));
  }

  private SpecialCategories() {}

  private static Pattern words(String... alternatives) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
  }

  /** Every suspicious passage of {@code text}, in the order they appear; empty if none. */
  public static List<Finding> scan(String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return findings;
    }
    String folded = fold(text);
    List<int[]> spans = new ArrayList<>();
    for (Map.Entry<Category, Pattern> e : PATTERNS.entrySet()) {
      Matcher m = e.getValue().matcher(folded);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end(), e.getKey().ordinal()});
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
    for (int[] s : spans) {
      findings.add(new Finding(Category.values()[s[2]], text.substring(s[0], s[1])));
    }
    return findings;
  }

  /** The categories found, each once, in the order of {@link Category}. */
  public static List<Category> categories(List<Finding> findings) {
    return findings.stream().map(Finding::category).distinct().sorted().toList();
  }

  /**
   * Lower case without accents, one character for one: positions in the folded text are positions
   * in the original, so that a finding quotes what was typed.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out.append(Character.toLowerCase(c));
        continue;
      }
      if (c == '’' || c == 'ʼ') {
        out.append('\'');
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.isEmpty() ? c : d.charAt(0);
      out.append(Character.isSurrogate(c) ? c : Character.toLowerCase(base));
    }
    return out.toString();
  }
}
