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

  /** A provider that receives the category, and where it is. */
  public record Recipient(String name, String location, String group) {}
}
