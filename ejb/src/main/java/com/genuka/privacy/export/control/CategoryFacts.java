package com.genuka.privacy.export.control;

import java.util.List;

/**
 * What an access copy says about one category of data (R-R8): its purpose, where it comes from,
 * who receives it (from the sub-processor register) and how long it is kept (from the retention
 * rules), in the reader's language.
 */
public record CategoryFacts(
    String code,
    String title,
    String purpose,
    String source,
    List<String> retention,
    List<Recipient> recipients) {

  /**
   * A provider that receives the category, and where it is. {@code through} is, for a payment
   * processor, the {@code invoice.payment_processor} value that names it: it receives the data of
   * those who paid through it only. Null for everyone else.
   */
  public record Recipient(String name, String location, String group, String through) {
    public Recipient(String name, String location, String group) {
      this(name, location, group, null);
    }
  }

  /** The same facts with other recipients. */
  public CategoryFacts withRecipients(List<Recipient> others) {
    return new CategoryFacts(code, title, purpose, source, retention, List.copyOf(others));
  }
}
