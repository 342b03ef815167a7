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

  /** Which providers hold only one table's rows (sub_processor.held_table); parameter: none. */
  static final String HELD_TABLES = "SELECT name, held_table FROM sub_processor WHERE held_table IS NOT NULL";

  /**
   * The providers that hold only the rows of one table of the company (the media storage holds
   * tenant_media) when the person's company has no such row: they never had anything of theirs.
   */
  static Set<String> providersHoldingNothingOf(Connection connection, ExportSubject subject) throws SQLException {
    Set<String> none = new HashSet<>();
    if (subject.userId() == null) {
      return none;
    }
    Map<String, String> heldTables = new LinkedHashMap<>();
    try (PreparedStatement p = connection.prepareStatement(HELD_TABLES); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        heldTables.put(rs.getString(1), rs.getString(2));
      }
    }
    for (var held : heldTables.entrySet()) {
      String table = held.getValue().strip();
      if (!table.matches("tenant_[a-z_]+")) {
        continue; // the register names a company table; anything else is not ours to count
      }
      try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM " + table
          + " x WHERE x.tenant_id = (SELECT u.tenant_id FROM user_account u WHERE u.id = ?)")) {
        TableWriter.bind(p, subject.userId());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next() && rs.getLong(1) == 0) {
            none.add(held.getKey());
          }
        }
      }
    }
    return none;
  }

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
    Set<String> heldNothing = providersHoldingNothingOf(connection, subject);
    Map<String, CategoryFacts> mine = new LinkedHashMap<>(facts);
    for (var e : facts.entrySet()) {
      List<CategoryFacts.Recipient> kept = e.getValue().recipients().stream()
          .filter(r -> r.through() == null || paidThrough.contains(r.through().strip().toLowerCase(Locale.ROOT)))
          .filter(r -> !heldNothing.contains(r.name()))
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
