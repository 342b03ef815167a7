package com.genuka.privacy.mydata.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.billing.entity.Invoice;
import com.genuka.privacy.browsing.entity.BrowserLogEntry;
import com.genuka.privacy.browsing.entity.ServerSession;
import com.genuka.privacy.events.entity.EventRegistration;
import com.genuka.privacy.mydata.boundary.MyDataViews.BackupRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyCustomerRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyDatabase;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyEmployeeRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyMediaRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.EventRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.InvoiceRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.Overview;
import com.genuka.privacy.mydata.boundary.MyDataViews.SessionRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.VisitRow;
import com.genuka.privacy.mydata.control.DeletionDates;
import com.genuka.privacy.mydata.control.DeletionDates.Period;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.retention.boundary.RetentionCatalog;
import com.genuka.privacy.retention.entity.RetentionRule;
import com.genuka.privacy.retention.entity.Tombstone;
import com.genuka.privacy.tenants.entity.Plan;
import com.genuka.privacy.tenants.entity.Tenant;
import com.genuka.privacy.tenants.entity.TenantCustomer;
import com.genuka.privacy.tenants.entity.TenantEmployee;
import com.genuka.privacy.tenants.entity.TenantMedia;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Everything held about the logged-in customer and their company, category by category, read for
 * them only: the account and tenant always come from the caller, and no method takes an id. Long
 * lists come a page at a time. Each time-limited row carries the day the retention rules delete it
 * and the day it then leaves the backups.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyData {

  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @EJB RetentionCatalog catalog;

  @EJB com.genuka.privacy.export.control.CategoryCatalog categories;

  @EJB com.genuka.privacy.registers.boundary.RegisterService registers;

  @Resource(lookup = "jdbc/genuka")
  javax.sql.DataSource dataSource;

  public Overview overview() {
    UserAccount me = CallerAccounts.caller(context, em);
    Tenant tenant = me.getTenant();
    long tenantId = tenant.getId();
    String subject = me.getSubjectRef();
    // Issue 10, item 5: a row past its deletion day is only waiting for the sweep; it is counted apart.
    java.time.Instant visitsFrom = cutoff("BROWSER_LOG");
    java.time.Instant recordingsFrom = cutoff("RECORDING");
    long visitsBeingDeleted = count("SELECT COUNT(b) FROM BrowserLogEntry b WHERE b.userId = ?1 AND b.visitedAt < ?2",
        me.getId(), visitsFrom);
    long recordingsBeingDeleted = count("SELECT COUNT(r) FROM SessionRecording r WHERE r.userId = ?1 AND r.tenantId = ?2"
        + " AND r.recordedAt < ?3", me.getId(), tenantId, recordingsFrom);
    return new Overview(
        count("SELECT COUNT(b) FROM BrowserLogEntry b WHERE b.userId = ?1", me.getId()) - visitsBeingDeleted,
        count("SELECT COUNT(s) FROM ServerSession s WHERE s.userId = ?1", me.getId()),
        count("SELECT COUNT(c) FROM TenantCustomer c WHERE c.tenantId = ?1", tenantId),
        count("SELECT COUNT(e) FROM TenantEmployee e WHERE e.tenantId = ?1", tenantId),
        count("SELECT COUNT(m) FROM TenantMedia m WHERE m.tenantId = ?1", tenantId),
        count("SELECT COUNT(r) FROM SessionRecording r WHERE r.userId = ?1 AND r.tenantId = ?2", me.getId(), tenantId)
            - recordingsBeingDeleted,
        me.isTenantAdmin()
            ? count("SELECT COUNT(i) FROM Invoice i WHERE i.tenantId = ?1 OR i.userId = ?2", tenantId, me.getId())
            : count("SELECT COUNT(i) FROM Invoice i WHERE i.userId = ?1", me.getId()),
        count("SELECT COUNT(e) FROM EventRegistration e WHERE e.userId = ?1", me.getId()),
        count("SELECT COUNT(c) FROM ConsentRecord c WHERE c.userId = ?1", me.getId()),
        count("SELECT COUNT(t) FROM Tombstone t WHERE (t.subjectRef = ?1 OR (t.subjectRef IS NULL AND t.tenantId = ?2))"
                + " AND t.leavesBackupsOn >= ?3",
            subject, tenantId, clock.today())
            + count("SELECT COUNT(s.rowCount) FROM TombstoneSubject s, Tombstone t WHERE s.tombstoneId = t.id"
                + " AND s.subjectRef = ?1 AND t.leavesBackupsOn >= ?2", subject, clock.today()),
        me.isTenantAdmin(), tenant.getName(), tenant.getPlan().name(), tenant.isOwnDatabase(),
        visitsBeingDeleted, recordingsBeingDeleted);
  }

  /** The first instant still held under a time-limited rule today, as the sweeps and the access copy compute it. */
  private java.time.Instant cutoff(String ruleCode) {
    RetentionRule rule = catalog.rule(ruleCode);
    return com.genuka.privacy.retention.control.RetentionCalendar.cutoff(clock.today(), rule.getAmount(),
        rule.getUnit(), clock.zone());
  }

  /** C3: the caller's visits, newest first. */
  public Slice<VisitRow> visits(int page, int size) {
    UserAccount me = CallerAccounts.caller(context, em);
    Period keep = period("BROWSER_LOG");
    Period backup = period("BACKUP");
    LocalDate today = clock.today();
    long total = count("SELECT COUNT(b) FROM BrowserLogEntry b WHERE b.userId = ?1", me.getId());
    return slice(em.createNamedQuery("BrowserLogEntry.findByUser", BrowserLogEntry.class)
        .setParameter("userId", me.getId()), page, size, total, b -> {
          LocalDate deleted = DeletionDates.deletionDay(b.getVisitedAt(), keep, clock.zone());
          return new VisitRow(b.getId(), b.getVisitedAt(), b.getIpAddress(), b.getBrowser(), b.getPlatform(),
              b.getReferrer(), b.getLanguage(), b.getCountry(), b.getPath(), deleted,
              DeletionDates.leavesBackupsOn(deleted, backup), DeletionDates.due(deleted, today));
        });
  }

  /** R-T4: the caller's server-side sessions. */
  public List<SessionRow> sessions() {
    UserAccount me = CallerAccounts.caller(context, em);
    Period idle = period("SESSION_IDLE");
    Period max = period("SESSION_MAX");
    LocalDate today = clock.today();
    return em.createQuery("SELECT s FROM ServerSession s WHERE s.userId = :userId ORDER BY s.lastActivityAt DESC",
            ServerSession.class)
        .setParameter("userId", me.getId())
        .setMaxResults(MAX_PAGE_SIZE)
        .getResultStream()
        .map(s -> {
          LocalDate deleted = DeletionDates.sessionDeletionDay(s.getCreatedAt(), s.getLastActivityAt(), idle, max,
              clock.zone());
          return new SessionRow(s.getCreatedAt(), s.getLastActivityAt(), s.getIpAddress(), s.getUserAgent(), deleted,
              DeletionDates.due(deleted, today));
        })
        .toList();
  }

  /** C4 as a whole: a private ENTERPRISE database is deleted a set time after its last use (R-T5). */
  public CompanyDatabase companyDatabase() {
    Tenant t = CallerAccounts.caller(context, em).getTenant();
    LocalDate deleted = null;
    if (t.getPlan() == Plan.ENTERPRISE && t.isOwnDatabase()) {
      deleted = DeletionDates.deletionDay(t.getLastUsedAt(), period("ENTERPRISE_DB"), clock.zone());
    }
    return new CompanyDatabase(t.getName(), t.getPlan().name(), t.isOwnDatabase(), t.getLastUsedAt(), deleted,
        DeletionDates.leavesBackupsOn(deleted, period("BACKUP")), DeletionDates.due(deleted, clock.today()));
  }

  public Slice<CompanyCustomerRow> companyCustomers(int page, int size) {
    long tenantId = CallerAccounts.callerTenantId(context, em);
    long total = count("SELECT COUNT(c) FROM TenantCustomer c WHERE c.tenantId = ?1", tenantId);
    return slice(em.createNamedQuery("TenantCustomer.findByTenant", TenantCustomer.class)
        .setParameter("tenantId", tenantId), page, size, total,
        c -> new CompanyCustomerRow(c.getId(), c.getFullName(), c.getEmail(), c.getPhone(), c.getCity(),
            c.getCountry(), c.getNotes(), c.getCreatedAt()));
  }

  public Slice<CompanyEmployeeRow> companyEmployees(int page, int size) {
    long tenantId = CallerAccounts.callerTenantId(context, em);
    long total = count("SELECT COUNT(e) FROM TenantEmployee e WHERE e.tenantId = ?1", tenantId);
    return slice(em.createNamedQuery("TenantEmployee.findByTenant", TenantEmployee.class)
        .setParameter("tenantId", tenantId), page, size, total,
        e -> new CompanyEmployeeRow(e.getId(), e.getFullName(), e.getEmail(), e.getPhone(), e.getJobTitle(),
            e.getHiredOn()));
  }

  public Slice<CompanyMediaRow> companyMedia(int page, int size) {
    long tenantId = CallerAccounts.callerTenantId(context, em);
    long total = count("SELECT COUNT(m) FROM TenantMedia m WHERE m.tenantId = ?1", tenantId);
    return slice(em.createNamedQuery("TenantMedia.findByTenant", TenantMedia.class)
        .setParameter("tenantId", tenantId), page, size, total,
        m -> new CompanyMediaRow(m.getId(), m.getKind().name(), m.getFileName(), m.getContentType(),
            m.getSizeBytes(), m.getUploadedAt()));
  }

  /**
   * C7: the caller's own invoices; the company's administrator also sees the company's. Each is kept
   * until its legal hold ends, whatever is asked (R-R2).
   */
  public Slice<InvoiceRow> invoices(int page, int size) {
    UserAccount me = CallerAccounts.caller(context, em);
    long tenantId = me.getTenant().getId();
    String where = me.isTenantAdmin() ? "(i.tenantId = :tenantId OR i.userId = :userId)" : "i.userId = :userId";
    var query = em.createQuery("SELECT i FROM Invoice i WHERE " + where + " ORDER BY i.issuedOn DESC, i.id DESC",
        Invoice.class).setParameter("userId", me.getId());
    var counter = em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE " + where, Long.class)
        .setParameter("userId", me.getId());
    if (me.isTenantAdmin()) {
      query.setParameter("tenantId", tenantId);
      counter.setParameter("tenantId", tenantId);
    }
    LocalDate today = clock.today();
    return slice(query, page, size, counter.getSingleResult(),
        i -> new InvoiceRow(i.getId(), i.getNumber(), i.getIssuedOn(), i.getAmountCents(), i.getCurrency(),
            i.getDescription(), i.getBillingName(), i.getBillingCompany(), i.getBillingEmail(),
            i.getBillingAddress(), i.getBillingCountry(), i.getPaymentProcessor(), i.isPseudonymised(),
            i.getLegalHoldUntil(), DeletionDates.due(i.getLegalHoldUntil(), today)));
  }

  /**
   * The last day an invoice stays under legal hold after an erasure: the caller's own invoices, or
   * with {@code company} the whole company's (a tenant deletion).
   */
  public LocalDate lastLegalHold(boolean company) {
    UserAccount me = CallerAccounts.caller(context, em);
    String where = company ? "i.tenantId = :id" : "i.userId = :id";
    return em.createQuery("SELECT MAX(i.legalHoldUntil) FROM Invoice i WHERE " + where, LocalDate.class)
        .setParameter("id", company ? me.getTenant().getId() : me.getId())
        .getSingleResult();
  }

  /** C8: the caller's event registrations. */
  public List<EventRow> events() {
    UserAccount me = CallerAccounts.caller(context, em);
    return em.createNamedQuery("EventRegistration.findByUser", EventRegistration.class)
        .setParameter("userId", me.getId())
        .setMaxResults(MAX_PAGE_SIZE)
        .getResultStream()
        .map(e -> new EventRow(e.getId(), e.getEventName(), e.getEventDate(), e.getCoOrganiser(), e.getFullName(),
            e.getEmail(), e.getPhone(), e.getCompany(), e.isShareWithPartners(), e.getRegisteredAt()))
        .toList();
  }

  /**
   * R-T7: deletions of the caller's data, or of their company's as a whole (not a colleague's),
   * whose copies are still in the backups, with the day they leave them: tombstones that name the
   * caller, and the caller's share of those that count a batch of several people's rows (the
   * browser log's). Tombstones never say what the data was.
   */
  public List<BackupRow> inBackups(String category) {
    UserAccount me = CallerAccounts.caller(context, em);
    String filter = category == null ? "" : " AND t.category = :category";
    var query = em.createQuery("SELECT t FROM Tombstone t WHERE (t.subjectRef = :subject"
            + " OR (t.subjectRef IS NULL AND t.tenantId = :tenantId))"
            + " AND t.leavesBackupsOn >= :today" + filter + " ORDER BY t.deletedAt DESC, t.id DESC", Tombstone.class)
        .setParameter("subject", me.getSubjectRef())
        .setParameter("tenantId", me.getTenant().getId())
        .setParameter("today", clock.today())
        .setMaxResults(MAX_PAGE_SIZE);
    var shares = em.createQuery("SELECT t, s.rowCount FROM TombstoneSubject s, Tombstone t WHERE s.tombstoneId = t.id"
            + " AND s.subjectRef = :subject AND t.leavesBackupsOn >= :today" + filter
            + " ORDER BY t.deletedAt DESC, t.id DESC", Object[].class)
        .setParameter("subject", me.getSubjectRef())
        .setParameter("today", clock.today())
        .setMaxResults(MAX_PAGE_SIZE);
    if (category != null) {
      query.setParameter("category", category);
      shares.setParameter("category", category);
    }
    List<Object[]> rows = new java.util.ArrayList<>();
    query.getResultStream().forEach(t -> rows.add(new Object[] {t, t.getRowCount()}));
    rows.addAll(shares.getResultList());
    return rows.stream()
        .sorted(java.util.Comparator.comparing((Object[] r) -> ((Tombstone) r[0]).getDeletedAt())
            .thenComparing(r -> ((Tombstone) r[0]).getId()).reversed())
        .limit(MAX_PAGE_SIZE)
        .map(r -> {
          Tombstone t = (Tombstone) r[0];
          return new BackupRow(t.getCategory(), t.getRuleCode(), ((Number) r[1]).intValue(), t.getCause().name(),
              t.getDeletedAt(), t.getLeavesBackupsOn());
        })
        .toList();
  }

  /**
   * Art. 15(1)(c): who received the caller's data of a category ({@code C1}..{@code C8}), by the
   * same rule as their access copy ({@link com.genuka.privacy.export.control.PersonRecipients}): a
   * payment processor only once an invoice of theirs went through it, a shared event registration's
   * co-organiser and sponsors event by event.
   */
  public List<MyDataViews.RecipientRow> recipients(String category, String language) {
    UserAccount me = CallerAccounts.caller(context, em);
    var texts = com.genuka.privacy.export.control.Texts.of(language);
    var subject = new com.genuka.privacy.export.control.ExportSubject(me.getId(), null, me.getSubjectRef(), me.getEmail());
    java.util.Map<String, com.genuka.privacy.export.control.CategoryFacts> mine;
    try (java.sql.Connection c = dataSource.getConnection()) {
      mine = com.genuka.privacy.export.control.PersonRecipients.of(c, subject, texts, categories.facts(texts));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Recipients of " + category + " could not be read", e);
    }
    var facts = mine.get(category);
    if (facts == null) {
      return List.of();
    }
    var register = registers.subProcessors();
    return facts.recipients().stream().map(r -> register.stream()
            .filter(s -> s.getName().equals(r.name()) && s.getGroupCode().equals(r.group())).findFirst()
            .map(s -> new MyDataViews.RecipientRow(s.getName(), s.getGroupCode(), s.purpose(texts.locale()),
                s.location(texts.locale())))
            .orElseGet(() -> new MyDataViews.RecipientRow(r.name(), r.group(),
                texts.get("recipients.group." + r.group()), r.location())))
        .toList();
  }

  private Period period(String code) {
    RetentionRule rule = catalog.rule(code);
    return new Period(rule.getAmount(), rule.getUnit());
  }

  private long count(String jpql, Object... params) {
    var q = em.createQuery(jpql, Long.class);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.getSingleResult();
  }

  private static <E, R> Slice<R> slice(jakarta.persistence.TypedQuery<E> query, int page, int size, long total,
      Function<E, R> map) {
    int perPage = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pages = total == 0 ? 1 : (int) ((total + perPage - 1) / perPage);
    int p = Math.max(1, Math.min(page, pages));
    List<R> rows = query.setFirstResult((p - 1) * perPage).setMaxResults(perPage).getResultStream().map(map).toList();
    return new Slice<>(rows, p, perPage, total);
  }
}
