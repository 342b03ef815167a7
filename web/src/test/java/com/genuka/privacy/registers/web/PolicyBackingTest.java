package com.genuka.privacy.registers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyBackingTest {

  @Test
  void splitsThePlainTextPolicyIntoBlocks() {
    String text = String.join("\n",
        "Dernière mise à jour : 3 mai 2024.",
        "Les informations que nous collectons",
        "La plupart des données à caractère personnel que nous collectons sont directement transmises par nos utilisateurs.",
        "* ce qui est enregistré,",
        "Sous-traitants | Finalité | Données partagées |",
        "---|",
        "OVHCloud SAS | Confidentialité & Sécurité | Infrastructure |");
    List<PolicyBacking.Paragraph> blocks = PolicyBacking.paragraphs(text);
    assertEquals(List.of("updated", "heading", "text", "bullet", "row", "row"), blocks.stream().map(PolicyBacking.Paragraph::kind).toList());
    assertEquals(List.of("OVHCloud SAS", "Confidentialité & Sécurité", "Infrastructure"), blocks.get(5).cells());
  }
}
