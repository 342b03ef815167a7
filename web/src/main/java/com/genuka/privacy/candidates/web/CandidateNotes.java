package com.genuka.privacy.candidates.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A candidate's history step note as HR reads it, in the page's language. Steps store what they
 * concern as codes (field names, a document kind, a request type, a channel, the special
 * categories HR confirmed) so that the same history reads in French and in English; free text typed
 * by HR is shown as typed.
 */
@Named
@RequestScoped
public class CandidateNotes {

  /** Notes the workflow writes in words, stored before they were codes. */
  private static final Map<String, String> PHRASES = Map.of(
      "asked by the candidate", "candidate.note.linkAsked",
      "by the candidate on their page", "candidate.note.objectedOnPage",
      "refused the talent pool", "candidate.note.refusedPool",
      "YES", "candidate.note.poolYes",
      "NO", "candidate.note.poolNo");

  @Inject LocaleBacking locale;

  public String of(String kind, String note) {
    if (note == null || note.isBlank() || kind == null) {
      return note;
    }
    String phrase = PHRASES.get(note);
    if (phrase != null) {
      return label(phrase, note);
    }
    return switch (kind) {
      case "CONTACT_CORRECTED", "EDITED", "OFFER_DATA" -> Arrays.stream(note.split(",\\s*"))
          .map(f -> label("field.candidate." + f, f)).collect(Collectors.joining(", "));
      case "DOCUMENT_ADDED" -> codeThenRest(note, "hr.documents.kind.", " ");
      case "REQUEST" -> codeThenRest(note, "request.type.", " ");
      case "CONTACT" -> codeThenRest(note, "hr.contact.", ": ");
      case "SPECIAL_CONFIRMED" -> special(note);
      default -> note;
    };
  }

  /** "CV mon-cv.pdf" → "CV mon-cv.pdf"; "EMAIL: text" → "E-mail : text". */
  private String codeThenRest(String note, String prefix, String separator) {
    int at = note.indexOf(separator);
    String code = at < 0 ? note : note.substring(0, at);
    String rest = at < 0 ? "" : note.substring(at + separator.length());
    String label = label(prefix + code, code);
    return rest.isEmpty() ? label : label + separator + rest;
  }

  /** "BELIEFS in notes, UNION in notes" or "HEALTH in lettre.pdf": each category by name, and where. */
  private String special(String note) {
    return Arrays.stream(note.split(",\\s*")).map(item -> {
      String[] parts = item.split(" in ", 2);
      String category = label("hr.special." + parts[0], parts[0]);
      return parts.length < 2 ? category : category + " (" + label("field.candidate." + parts[1], parts[1]) + ")";
    }).collect(Collectors.joining(", "));
  }

  private String label(String key, String fallback) {
    Locale l = locale.getLocale();
    String text = Messages.text(l, key);
    return text == null || text.equals(key) || text.startsWith("???") ? fallback : text;
  }
}
