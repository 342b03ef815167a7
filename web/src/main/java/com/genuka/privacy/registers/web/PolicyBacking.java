package com.genuka.privacy.registers.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.PolicyVersion;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The privacy policy: the version in force (or one asked for by id), in French, the original, or
 * in the English translation; and the history of versions (R-G3).
 */
@Named
@RequestScoped
public class PolicyBacking {

  @EJB RegisterService registers;

  @Inject LocaleBacking locale;

  private String versionId;
  private PolicyVersion version;
  private List<PolicyVersion> versions;
  private List<Paragraph> paragraphs;
  private String textLanguage;

  /** f:viewAction: loads the version; an unknown id falls back to the version in force. */
  public void load() {
    versions = registers.policyVersions();
    PolicyVersion inForce = registers.policyInForce();
    Long wanted = parseId(versionId);
    version = wanted == null ? inForce
        : versions.stream().filter(v -> v.getId().equals(wanted)).findFirst().orElse(inForce);
    textLanguage = textLanguageParam == null ? locale.getLanguage() : textLanguageParam;
    paragraphs = paragraphs(registers.policyText(version.getId(), textLanguage));
  }

  private String textLanguageParam;

  /** A malformed or unknown version in the address shows the version in force. */
  private static Long parseId(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The plain-text policy becomes headings, paragraphs, bullets and table rows. A short line with
   * no final full stop is a heading; lines with " | " are table rows.
   */
  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    boolean first = true;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.matches("-+\\|?")) {
        continue;
      }
      if (first) {
        out.add(new Paragraph("updated", line, List.of()));
        first = false;
      } else if (line.contains(" | ") || line.endsWith(" |")) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\s*\\|\\s*")) {
          if (!cell.isBlank()) {
            cells.add(cell.strip());
          }
        }
        out.add(new Paragraph("row", null, cells));
      } else if (line.startsWith("* ")) {
        out.add(new Paragraph("bullet", line.substring(2), List.of()));
      } else if (line.length() < 90 && !line.endsWith(".") && !line.endsWith(":") && !line.endsWith(")")) {
        out.add(new Paragraph("heading", line, List.of()));
      } else {
        out.add(new Paragraph("text", line, List.of()));
      }
    }
    return out;
  }

  /** A block of the policy text. */
  public record Paragraph(String kind, String text, List<String> cells) {}

  public String getVersionId() {
    return versionId;
  }

  public void setVersionId(String versionId) {
    this.versionId = versionId;
  }

  public String getTextLanguageParam() {
    return textLanguageParam;
  }

  public void setTextLanguageParam(String textLanguageParam) {
    this.textLanguageParam = "fr".equals(textLanguageParam) || "en".equals(textLanguageParam) ? textLanguageParam : null;
  }

  public PolicyVersion getVersion() {
    return version;
  }

  public List<PolicyVersion> getVersions() {
    return versions;
  }

  public List<Paragraph> getParagraphs() {
    return paragraphs;
  }

  public String getTextLanguage() {
    return textLanguage;
  }

  public boolean isInForce() {
    return version != null && version.getId().equals(registers.policyInForce().getId());
  }
}
