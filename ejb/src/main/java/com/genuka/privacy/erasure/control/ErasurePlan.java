package com.genuka.privacy.erasure.control;

import com.genuka.privacy.erasure.entity.JobKind;
import com.genuka.privacy.erasure.entity.StepOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of each kind of erasure, in the order they run. Data goes first, from the most
 * voluminous to the account itself; the account goes last among the data so that every earlier
 * step can still find the person's rows by account id. Then the checks and the proof: notices to
 * sub-processors (GDPR art. 19), the residue scan, the receipt, and completion of the request,
 * which therefore only ever happens once everything before it has succeeded.
 */
public final class ErasurePlan {

  /** A step of a plan: its code, the data category it touches (C1..C8) and what it does to it. */
  public record Step(String code, String category, StepOutcome outcome) {}

  public static final String TABLE_PREFIX = "TABLE:";

  public static final String NOTICES = "NOTICES";
  public static final String VERIFY = "VERIFY";
  public static final String RECEIPT = "RECEIPT";
  public static final String COMPLETE = "COMPLETE";
  public static final String LINKED = "LINKED";
  /** After the account: the company closes when no account is left in it (issue 10). */
  public static final String COMPANY = "COMPANY";

  private ErasurePlan() {}

  /** A person: customer, candidate or visitor known by e-mail (R-R2). */
  public static List<Step> subject() {
    List<Step> steps = new ArrayList<>(List.of(
        new Step("SESSIONS", "C3", StepOutcome.ERASED),
        new Step("BROWSER_LOG", "C3", StepOutcome.ERASED),
        new Step("RECORDINGS", "C5", StepOutcome.ERASED),
        new Step("CONSENTS", "C1", StepOutcome.ERASED),
        new Step("EVENTS", "C8", StepOutcome.ERASED),
        new Step("CANDIDATE", "C2", StepOutcome.ERASED),
        new Step("INVOICES", "C7", StepOutcome.PSEUDONYMISED),
        new Step("EXPORT_FILES", null, StepOutcome.ERASED),
        new Step("REQUESTS", null, StepOutcome.KEPT),
        new Step("MAIL", "C1", StepOutcome.ERASED),
        new Step(LINKED, "C1", StepOutcome.ERASED),
        new Step("ACCOUNT", "C1", StepOutcome.ERASED),
        new Step(COMPANY, null, StepOutcome.KEPT),
        new Step("AUDIT_KEY", null, StepOutcome.KEPT)));
    steps.addAll(proof());
    return steps;
  }

  /** A company's whole database (R-R4): every table of its partition, found in the catalogue. */
  public static List<Step> tenant(List<String> partitionTables) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("EXPORT_FILES", null, StepOutcome.ERASED));
    for (String table : partitionTables) {
      steps.add(new Step(TABLE_PREFIX + table, "C4", StepOutcome.ERASED));
    }
    steps.add(new Step("TENANT_MARK", null, StepOutcome.KEPT));
    steps.addAll(proof());
    return steps;
  }

  /** A person's session recordings (R-R5). */
  public static List<Step> recordings() {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("RECORDINGS", "C5", StepOutcome.ERASED));
    steps.addAll(proof());
    return steps;
  }

  public static List<Step> of(JobKind kind, List<String> partitionTables) {
    return switch (kind) {
      case SUBJECT -> subject();
      case TENANT -> tenant(partitionTables);
      case RECORDINGS -> recordings();
    };
  }

  private static List<Step> proof() {
    return List.of(
        new Step(NOTICES, null, StepOutcome.RECORDED),
        new Step(VERIFY, null, StepOutcome.CHECKED),
        new Step(RECEIPT, null, StepOutcome.RECORDED),
        new Step(COMPLETE, null, StepOutcome.RECORDED));
  }

  /** A pseudonym that links a person's kept invoices to each other and to nothing else. */
  public static String pseudonym(String subjectRef) {
    return "pseudonym-" + com.genuka.privacy.platform.control.Hashing.sha256Hex("invoice:" + subjectRef).substring(0, 16);
  }
}
