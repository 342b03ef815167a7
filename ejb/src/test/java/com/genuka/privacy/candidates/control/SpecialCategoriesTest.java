package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.candidates.control.SpecialCategories.Category;
import com.genuka.privacy.candidates.control.SpecialCategories.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpecialCategoriesTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "Candidate d'origine ethnique peule, très motivée.|ORIGIN",
    "Il a mentionné sa race pendant l'entretien.|ORIGIN",
    "Mentioned his ethnicity during the call.|ORIGIN",
    "Couleur de peau notée par erreur.|ORIGIN",
    "Militant au parti socialiste depuis 2015.|POLITICS",
    "Shared strong political views about the election.|POLITICS",
    "Member of the Green Party, canvasses on weekends.|POLITICS",
    "A voté pour le candidat de gauche.|POLITICS",
    "Catholique pratiquante, ne travaille pas le dimanche.|BELIEFS",
    "Musulman, fait le Ramadan.|BELIEFS",
    "Practising Muslim; asked about prayer breaks.|BELIEFS",
    "Very religious person.|BELIEFS",
    "Athée convaincu.|BELIEFS",
    "Délégué syndical CGT dans son ancien poste.|UNION",
    "Active trade union member.|UNION",
    "Adhérente à un syndicat.|UNION",
    "A évoqué son orientation sexuelle.|SEX_LIFE",
    "Openly gay, mentioned his husband.|SEX_LIFE",
    "Membre d'une association LGBTQ+.|SEX_LIFE",
    "Est enceinte de quatre mois.|HEALTH",
    "En arrêt maladie l'an dernier pour burn-out.|HEALTH",
    "Is registered disabled and needs a ground-floor desk.|HEALTH",
    "Reconnaissance RQTH obtenue en 2021.|HEALTH",
    "Diabétique, suit un traitement médical.|HEALTH",
  })
  void flagsEachCategoryInFrenchAndEnglish(String text, Category expected) {
    List<Finding> findings = SpecialCategories.scan(text);
    assertTrue(SpecialCategories.categories(findings).contains(expected), () -> text + " -> " + findings);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Java developer, fixed a race condition in the payment service.",
    "Développeur Java, 5 ans d'expérience, Spring Boot, PostgreSQL.",
    "Travaille pour le syndic de copropriété de son immeuble.",
    "A acheté une enceinte Bluetooth pour les démos.",
    "Ran a marathon race last year; team player.",
    "Disabled the legacy API and migrated the clients.",
    "Excellent portfolio, très bonne communication, disponible en mars.",
    "Candidature spontanée via le site.",
    "Premier entretien le 12, très bon portfolio.",
    "Offre envoyée, réponse attendue.",
    "Profil intéressant pour un futur poste.",
    "Madame, Monsieur, je vous adresse ma candidature pour le poste de Comptable.",
    "",
  })
  void leavesOrdinaryRecruitmentTextAlone(String text) {
    assertEquals(List.of(), SpecialCategories.scan(text), text);
  }

  @Test
  void quotesTheWordsAsTheyWereTyped() {
    List<Finding> findings = SpecialCategories.scan("Notes : CATHOLIQUE, Délégué SYNDICAL.");
    assertEquals(List.of(new Finding(Category.BELIEFS, "CATHOLIQUE"), new Finding(Category.UNION, "SYNDICAL")),
        findings);
  }

  @Test
  void listsEachCategoryOnceInItsOwnOrder() {
    List<Finding> findings = SpecialCategories.scan("Syndicaliste et musulman, syndicat CFDT, religion.");
    assertEquals(List.of(Category.BELIEFS, Category.UNION), SpecialCategories.categories(findings));
  }

  @Test
  void foldsAccentsWithoutMovingPositions() {
    String text = "Église évangélique — Œuvre";
    assertEquals(text.length(), SpecialCategories.fold(text).length());
    assertEquals("eglise evangelique — œuvre", SpecialCategories.fold(text));
  }

  @Test
  void doesNotMatchInsideOtherWords() {
    assertEquals(List.of(), SpecialCategories.scan("Embraced the gaiety of the team; grace under pressure; tracer."));
  }
}
