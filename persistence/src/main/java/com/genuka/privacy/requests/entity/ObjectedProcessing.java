package com.genuka.privacy.requests.entity;

import com.genuka.privacy.consent.entity.ConsentPurpose;
import java.util.Arrays;
import java.util.List;

/**
 * What a person objects to (GDPR art. 21): one of the processings the policy describes, taken from
 * the purposes the portal already models — the consents a person gives or withdraws
 * ({@link ConsentPurpose}) and the purposes of the data categories that rest on our legitimate
 * interest (C2 talent pool, C3 browser statistics, C5 session recordings) — or another one, said in
 * the person's own words. Every consent purpose has its line here (a unit test checks it), so a new
 * purpose cannot be left out of the objection forms.
 */
public enum ObjectedProcessing {
  /** Marketing e-mails (C1, policy: « à des fins de marketing et de communication »). */
  MARKETING(ConsentPurpose.MARKETING, "C1", true),
  /** Passing event registrations to the co-organiser and sponsors (C8). */
  EVENT_SHARING(ConsentPurpose.EVENT_SHARING, "C8", true),
  /** Recording browsing sessions to improve the product (C5). */
  SESSION_RECORDING(null, "C5", true),
  /** The browser log's statistics and personalisation (C3). */
  BROWSER_STATISTICS(null, "C3", true),
  /** Keeping a candidate's file up to three years to contact them about another job (C2, R-T1). */
  TALENT_POOL(null, "C2", false),
  /** Anything else: the person's own words say what. */
  OTHER(null, null, true);

  private final ConsentPurpose consent;
  private final String category;
  private final boolean forCustomers;

  ObjectedProcessing(ConsentPurpose consent, String category, boolean forCustomers) {
    this.consent = consent;
    this.category = category;
    this.forCustomers = forCustomers;
  }

  /** The consent this objection withdraws in effect, or null when the processing rests on no consent. */
  public ConsentPurpose consent() {
    return consent;
  }

  /** The data category (C1..C8) the processing uses, or null for OTHER. */
  public String category() {
    return category;
  }

  /** Whether the person must say in their own words what they object to. */
  public boolean needsWords() {
    return this == OTHER;
  }

  /** The choices a logged-in customer is offered (a customer has no candidate file in the portal). */
  public static List<ObjectedProcessing> forCustomers() {
    return Arrays.stream(values()).filter(p -> p.forCustomers).toList();
  }

  /** The processing for a consent purpose. */
  public static ObjectedProcessing of(ConsentPurpose purpose) {
    return Arrays.stream(values()).filter(p -> p.consent == purpose).findFirst()
        .orElseThrow(() -> new IllegalStateException("no objection for " + purpose));
  }
}
