package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Pages anyone can read: the policy and its versions, the registers, the retention table. */
class PublicPagesIT {

  @Test
  void thePolicyIsShownInFrenchWithItsDateOfLastUpdate() {
    Page policy = PortalClient.french().get("/policy.xhtml");
    assertEquals("Politique vie privée", policy.h1());
    String text = policy.doc().getElementById("policy-text").text();
    assertTrue(text.startsWith("Dernière mise à jour : 3 mai 2024."), text.substring(0, 80));
    assertTrue(text.contains("nous ne collecterons jamais des informations sur votre origine raciale"), "the French original, whole");
    assertEquals("3 mai 2024 En vigueur", policy.doc().getElementById("policy-effective").text());
    java.util.List<String> headings = policy.doc().select("#policy-text h2").eachText();
    for (String heading : new String[] {"Données de navigateur", "Sécurité", "Divulgation à des tiers", "Nous contacter"}) {
      assertTrue(headings.contains(heading), "a heading of its own, not the end of a paragraph: " + heading + " in " + headings);
    }
  }

  @Test
  void anEnglishReaderGetsTheTranslationAndCanOpenTheOriginal() {
    PortalClient client = PortalClient.english();
    Page policy = client.get("/policy.xhtml");
    assertEquals("Privacy policy", policy.h1());
    assertTrue(policy.doc().getElementById("policy-text").text().startsWith("Last updated: 3 May 2024."));
    assertTrue(policy.mainText().contains("Only the French version is authoritative."));
    Page original = client.get(policy.doc().getElementById("policy-show-fr").attr("abs:href"));
    assertTrue(original.doc().getElementById("policy-text").text().startsWith("Dernière mise à jour : 3 mai 2024."));
    assertEquals("en", original.doc().selectFirst("html").attr("lang"), "the page stays in English");
    assertEquals("fr", original.doc().getElementById("policy-text").attr("lang"), "the text is marked French");
  }

  @Test
  void aVisitorFindsTheRequestFormOnTheHomePageAndInTheHeader() {
    for (PortalClient client : List.of(PortalClient.french(), PortalClient.english())) {
      Page home = client.get("/");
      String form = home.uri().resolve("request/new.xhtml").getPath();
      Element cta = home.doc().getElementById("home-request-form");
      assertTrue(cta != null && cta.attr("href").endsWith("/request/new.xhtml"), "a call to action on the home page");
      Element nav = home.doc().selectFirst("header nav a#nav-request-form");
      assertTrue(nav != null && nav.attr("href").endsWith("/request/new.xhtml"), "a link in the header's navigation");
      String others = home.doc().selectFirst("[aria-labelledby=home-others]").text();
      assertTrue(others.contains("formulaire") || others.contains("form"), "the text points to the form: " + others);
      Page target = client.get(cta.attr("href"));
      assertEquals(200, target.status());
      assertTrue(target.doc().getElementById("publicRequest") != null, "the form itself: " + form);
      Element fromPolicy = client.get("/policy.xhtml").doc().selectFirst("header nav a#nav-request-form");
      assertTrue(fromPolicy != null, "on every page's header, not only the home page");
    }
  }

  @Test
  void theVersionHistoryListsTheVersionsFromTheDatabase() {
    Page policy = PortalClient.english().get("/policy.xhtml");
    List<Element> rows = policy.doc().select("#policy-versions tbody tr");
    assertEquals(Db.count("SELECT COUNT(*) FROM policy_version"), rows.size());
    assertTrue(rows.get(0).text().startsWith("3 May 2024"), rows.get(0).text());
  }

  @Test
  void theRegisterShowsTheSevenProvidersInTheirTwoGroups() {
    Page fr = PortalClient.french().get("/subprocessors.xhtml");
    assertEquals(List.of("OVHCloud SAS", "Amazon Web Services, Inc.", "PostHog", "Cloudflare"),
        fr.doc().select("#subprocessors-A tbody th").eachText());
    assertEquals(List.of("Flutterwave", "NotchPay LTD", "Stripe", "CloudFlare"),
        fr.doc().select("#subprocessors-B tbody th").eachText());
    assertTrue(fr.mainText().contains("ISO 27001, SOC 1 TYPE II, SOC 2 TYPE II, PCI-DSS, CISPE, SecNumCloud, CSA STAR"));
    Page en = PortalClient.english().get("/subprocessors.xhtml");
    assertTrue(en.mainText().contains("B. Controllers and temporary processors"), en.mainText());
    assertTrue(en.mainText().contains("Stored by Stripe only: credit card information."));
  }

  @Test
  void theDataLocationsComeFromTheDatabase() {
    Page en = PortalClient.english().get("/locations.xhtml");
    assertEquals("Europe — Customer databases are hosted in Europe.",
        en.doc().select("#hosting-locations li").first().text());
    assertEquals(List.of("France", "USA"), en.doc().select("#backup-locations li strong").eachText());
    Db.update("UPDATE data_location SET region_en = 'USA (register edited)' WHERE region_en = 'USA'");
    try {
      assertEquals(List.of("France", "USA (register edited)"),
          PortalClient.english().get("/locations.xhtml").doc().select("#backup-locations li strong").eachText());
    } finally {
      Db.update("UPDATE data_location SET region_en = 'USA' WHERE region_en = 'USA (register edited)'");
    }
  }

  @Test
  void theRetentionTableShowsThePolicysPeriods() {
    Page fr = PortalClient.french().get("/retention.xhtml");
    assertEquals("12 mois", fr.doc().select("#rule-BROWSER_LOG .period").text());
    assertEquals("3 ans", fr.doc().select("#rule-CANDIDATE_NOT_HIRED .period").text());
    Page en = PortalClient.english().get("/retention.xhtml");
    assertEquals("7 days", en.doc().select("#rule-SESSION_IDLE .period").text());
    assertEquals("1 month", en.doc().select("#rule-RECORDING .period").text());
  }

  @Test
  void everyPageLinksThePublicPagesFromItsFooter() {
    for (String path : List.of("/", "/login.xhtml", "/policy.xhtml", "/error/404.xhtml")) {
      List<String> links = PortalClient.english().get(path).doc().select("footer a").eachAttr("href");
      assertTrue(links.containsAll(List.of("/policy.xhtml", "/subprocessors.xhtml", "/locations.xhtml", "/retention.xhtml")),
          path + " " + links);
    }
  }

  @Test
  void theLanguageSwitchIsRememberedAcrossPages() {
    PortalClient client = PortalClient.english();
    Page switched = client.get("/policy.xhtml?lang=fr");
    assertEquals("Politique vie privée", switched.h1());
    assertEquals("/policy.xhtml", switched.path(), "the address loses the parameter");
    Page next = client.get("/subprocessors.xhtml");
    assertEquals("fr", next.doc().selectFirst("html").attr("lang"));
    assertFalse(client.cookie("genuka_lang").isEmpty(), "remembered in a cookie");
  }
}
