package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.Formats;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.RequestDetail;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A step's note in the reader's language, for the admin's page and the admin API alike: the
 * workflow stores its own notes as message keys ({@code history.note.*}) and a logged request's
 * channel and moment as data; a note an admin wrote is shown as written.
 */
public final class RequestNotes {

  private RequestNotes() {}

  public static String text(RequestDetail.Event e, Locale locale, ZoneId zone) {
    String note = e.note();
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.startsWith("history.note.")) {
      // "history.note.closedByErasure GEN-2026-ABCD": a key, then the one value it names
      int space = note.indexOf(' ');
      return space < 0 ? Messages.text(locale, note)
          : Messages.text(locale, note.substring(0, space), note.substring(space + 1));
    }
    if ("LOGGED".equals(e.action())) {
      // "EMAIL 2026-03-03T09:00:00Z": the channel and the moment the request was received
      String[] parts = note.split(" ", 2);
      try {
        return Messages.text(locale, "history.note.logged", Messages.text(locale, "request.channel." + parts[0]),
            Formats.dateTime(Instant.parse(parts[1].strip()), "fr".equals(locale.getLanguage()), zone));
      } catch (RuntimeException unreadable) {
        return note;
      }
    }
    if ("ENGINE_FAILED".equals(e.action())) {
      return Messages.text(locale, "admin.technicalDetail") + " " + note;
    }
    return note;
  }
}
