package com.genuka.privacy.export.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Art. 15(1)(c): the recipients a person's own data went to, not only the register's. A payment
 * processor is named only if the person's invoices went through it; an event registration shared
 * with the person's agreement names the event's co-organiser and sponsors, event by event.
 *
 * <p>The one rule for both the access copy ({@link SubjectExport}) and the customer's category
 * pages ({@code MyData.recipients}), so that a page and the copy never name different recipients.
 */
public final class PersonRecipients {

  private PersonRecipients() {}

  /** The register's facts, each category's recipients narrowed (and, for C8, widened) to this person's. */
  public static Map<String, CategoryFacts> of(Connection connection, ExportSubject subject, Texts t,
      Map<String, CategoryFacts> facts) throws SQLException {
    Set<String> paidThrough = new HashSet<>();
    try (PreparedStatement p = connection.prepareStatement(SubjectSections.paymentProcessorsQuery())) {
      TableWriter.bind(p, subject.userKey());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            paidThrough.add(rs.getString(1).strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    Map<String, CategoryFacts> mine = new LinkedHashMap<>(facts);
    for (var e : facts.entrySet()) {
      List<CategoryFacts.Recipient> kept = e.getValue().recipients().stream()
          .filter(r -> r.through() == null || paidThrough.contains(r.through().strip().toLowerCase(Locale.ROOT)))
          .toList();
      if (kept.size() != e.getValue().recipients().size()) {
        mine.put(e.getKey(), e.getValue().withRecipients(kept));
      }
    }
    CategoryFacts events = mine.get("C8");
    if (events != null) {
      List<CategoryFacts.Recipient> all = new ArrayList<>(events.recipients());
      DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.formatLocale());
      String email = subject.emailKey();
      try (PreparedStatement p = connection.prepareStatement(SubjectSections.sharedEventsQuery())) {
        TableWriter.bind(p, subject.userKey(), email, email);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            String event = t.get("recipients.event", rs.getString(1), rs.getObject(2, LocalDate.class).format(day));
            String coOrganiser = rs.getString(3);
            if (coOrganiser != null && !coOrganiser.isBlank()) {
              all.add(new CategoryFacts.Recipient(coOrganiser.strip(), event, "CO_ORGANISER"));
            }
            all.add(new CategoryFacts.Recipient(t.get("recipients.sponsors"), event, "SPONSORS"));
          }
        }
      }
      mine.put("C8", events.withRecipients(all.stream().distinct().toList()));
    }
    return mine;
  }
}
