package com.genuka.privacy.mydata.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rows the "my data" pages show: each carries the day it is deleted, where that day is known,
 * and whether that day has come ({@code beingDeleted}): such a row is still held only until the
 * sweep reaches it, and the pages say so rather than show it as kept.
 */
public final class MyDataViews {

  private MyDataViews() {}

  /**
   * How much of each category the caller has, for the overview. Visits and recordings past their
   * deletion day (waiting for the sweep) are not counted as held but apart, as being deleted.
   */
  public record Overview(long visits, long sessions, long companyCustomers, long companyEmployees,
      long companyMedia, long recordings, long invoices, long events, long consentDecisions,
      long inBackups, boolean tenantAdmin, String companyName, String plan, boolean ownDatabase,
      long visitsBeingDeleted, long recordingsBeingDeleted) {}

  /** C3: one line of the passive log. */
  public record VisitRow(long id, Instant visitedAt, String ipAddress, String browser, String platform,
      String referrer, String language, String country, String path, LocalDate deletedOn,
      LocalDate leavesBackupsOn, boolean beingDeleted) {}

  /** R-T4: a server-side session of the caller. */
  public record SessionRow(Instant createdAt, Instant lastActivityAt, String ipAddress, String userAgent,
      LocalDate deletedOn, boolean beingDeleted) {}

  /** C4: the company's database as a whole, and when it goes if it is a private ENTERPRISE one (R-T5). */
  public record CompanyDatabase(String name, String plan, boolean ownDatabase, Instant lastUsedAt,
      LocalDate deletedOn, LocalDate leavesBackupsOn, boolean beingDeleted) {}

  /** C4: a customer of the company. */
  public record CompanyCustomerRow(long id, String fullName, String email, String phone, String city,
      String country, String notes, Instant createdAt) {}

  /** C4: an employee of the company. */
  public record CompanyEmployeeRow(long id, String fullName, String email, String phone, String jobTitle,
      LocalDate hiredOn) {}

  /** C4: a media file of the company, held in object storage. */
  public record CompanyMediaRow(long id, String kind, String fileName, String contentType, long sizeBytes,
      Instant uploadedAt) {}

  /** C7: an invoice, kept under a legal hold until the statutory period ends. */
  public record InvoiceRow(long id, String number, LocalDate issuedOn, long amountCents, String currency,
      String description, String billingName, String billingCompany, String billingEmail,
      String billingAddress, String billingCountry, String paymentProcessor, boolean pseudonymised,
      LocalDate legalHoldUntil, boolean beingDeleted) {}

  /** C8: an event registration and whether it may be passed to co-organisers and sponsors. */
  public record EventRow(long id, String eventName, LocalDate eventDate, String coOrganiser, String fullName,
      String email, String phone, String company, boolean shareWithPartners, Instant registeredAt) {}

  /** R-T7: data already deleted from live systems that is still in the backups until a date. */
  public record BackupRow(String category, String ruleCode, int rowCount, String cause, Instant deletedAt,
      LocalDate leavesBackupsOn) {}

  /**
   * Art. 15(1)(c): one recipient this person's data of a category went to, by the rule of the access
   * copy; {@code purpose} is the provider's from the register, or for a shared event registration
   * what the sharing was.
   */
  public record RecipientRow(String name, String group, String purpose, String location) {}
}
