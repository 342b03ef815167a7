package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.control.DueDates;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestEvent;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.retention.control.CompanyContent;
import com.genuka.privacy.tenants.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The customer's own requests as they follow them: state, due date, history, and the export files
 * ready to download. A request is found only among those whose subject is the caller; any other id
 * reads as "no such request", whoever's it is.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class CustomerRequests {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @EJB RequestWorkflow workflow;

  /** The types a customer may file from the portal; the company-wide ones only for its administrator. */
  static final List<RequestType> CUSTOMER_TYPES = List.of(RequestType.ACCESS, RequestType.PORTABILITY,
      RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.OBJECTION, RequestType.RESTRICTION,
      RequestType.TENANT_EXPORT, RequestType.TENANT_DELETION);

  /** Types whose effect cannot be undone: the customer retypes the company's name to confirm (R-R2, R-R4). */
  static final Set<RequestType> CONFIRMED = EnumSet.of(RequestType.ERASURE, RequestType.TENANT_DELETION);

  /** The types the caller may file now. */
  public List<String> fileableTypes() {
    boolean admin = CallerAccounts.caller(context, em).isTenantAdmin();
    return CUSTOMER_TYPES.stream().filter(t -> admin || !t.needsTenantAdmin()).map(Enum::name).toList();
  }

  /** What a customer may object to: the policy's processings that concern a customer. */
  public List<String> objectionChoices() {
    return ObjectedProcessing.forCustomers().stream().map(Enum::name).toList();
  }

  /** Whether filing {@code type} asks for the company's name to be retyped. */
  public static boolean needsConfirmation(String type) {
    return CONFIRMED.stream().anyMatch(t -> t.name().equals(type));
  }

  /**
   * Files a request in the caller's name through the workflow. Erasing the account or the whole
   * company database needs the company's name retyped exactly (case and surrounding spaces aside);
   * without it nothing is filed. The request's mails, copy and receipt are in {@code language}, the
   * page's (the account's saved language when it is not French or English).
   */
  public long file(String typeName, String objection, String details, String confirmation, String language) {
    UserAccount me = CallerAccounts.caller(context, em);
    RequestType type = CUSTOMER_TYPES.stream().filter(t -> t.name().equals(typeName)).findFirst()
        .orElseThrow(() -> new UserFacingException("myrequests.error.type"));
    if (type.needsTenantAdmin() && !me.isTenantAdmin()) {
      throw new UserFacingException("myrequests.error.tenantAdminOnly");
    }
    if (CONFIRMED.contains(type)) {
      String company = me.getTenant() == null ? "" : me.getTenant().getName();
      if (confirmation == null || !company.strip().equalsIgnoreCase(confirmation.strip())) {
        throw new UserFacingException("myrequests.error.confirmation");
      }
    }
    ObjectedProcessing objected = null;
    if (type == RequestType.OBJECTION) {
      objected = ObjectedProcessing.forCustomers().stream().filter(p -> p.name().equals(objection)).findFirst()
          .orElseThrow(() -> new UserFacingException("request.objectionRequired"));
    }
    return workflow.fileFromPortal(type, objected, details, language).id();
  }

  /**
   * What erasing the caller's account does to their company (issue 10), for the warning on the
   * erasure form: the last account of a company closes it — its database goes by the
   * CLOSED_COMPANY rule, its invoices stay only for their legal hold under a pseudonymous name; the
   * only administrator of a company with other members leaves it open but without an
   * administrator. Null when neither applies.
   *
   * @param records the rows of the company's database (customers, employees, media)
   */
  public record CompanyFate(String company, boolean closes, long otherMembers, long records, long invoices,
      LocalDate invoicesKeptUntil) {}

  /** The company's other accounts: parameters tenant, caller. Run on H2 by CustomerRequestsOnH2Test. */
  static final String OTHER_MEMBERS = "SELECT COUNT(*) FROM user_account WHERE tenant_id = ? AND id <> ?";

  /** The company's other administrators: parameters tenant, caller. */
  static final String OTHER_ADMINS =
      "SELECT COUNT(*) FROM user_account WHERE tenant_id = ? AND id <> ? AND tenant_admin = TRUE";

  /** The rows of the company's database (customers, employees, media): the tenant three times. */
  static final String COMPANY_RECORDS = "SELECT " + CompanyContent.count("?");

  /** The company's invoices: parameter tenant. */
  static final String COMPANY_INVOICES = "SELECT COUNT(*) FROM invoice WHERE tenant_id = ?";

  public CompanyFate companyFate() {
    UserAccount me = CallerAccounts.caller(context, em);
    Tenant t = me.getTenant();
    if (t == null) {
      return null;
    }
    long others = count(OTHER_MEMBERS, t.getId(), me.getId());
    long otherAdmins = count(OTHER_ADMINS, t.getId(), me.getId());
    if (others > 0 && (otherAdmins > 0 || !me.isTenantAdmin())) {
      return null;
    }
    long records = count(COMPANY_RECORDS, t.getId(), t.getId(), t.getId());
    long invoices = count(COMPANY_INVOICES, t.getId());
    LocalDate until = em.createQuery("SELECT MAX(i.legalHoldUntil) FROM Invoice i WHERE i.tenantId = :id", LocalDate.class)
        .setParameter("id", t.getId()).getSingleResult();
    return new CompanyFate(t.getName(), others == 0, others, records, invoices, until);
  }

  private long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** Cancels one of the caller's requests while work has not started. */
  public void cancel(long requestId) {
    owned(requestId, CallerAccounts.caller(context, em));
    workflow.cancelMine(requestId);
  }

  /** A request of the caller, with what they need to follow it. */
  public record MyRequest(long id, String reference, String type, String status, Instant receivedAt,
      LocalDate dueDate, long daysLeft, boolean overdue, boolean extended, String extensionReason,
      String rejectionReason, Instant closedAt, boolean cancellable, String details,
      List<Step> history, List<Download> downloads, String objection) {}

  /** A dated step of the history. */
  public record Step(Instant at, String actorKind, String action, String fromStatus, String toStatus, String note) {}

  /**
   * The note of a step as the subject may read it: the reasons an admin gave them (an extension, a
   * rejection, what was done); the workflow's own notes are for the admins' console only.
   */
  private static String forTheSubject(RequestEvent e) {
    return e.noteIsForTheSubject() ? e.getNote() : null;
  }

  /**
   * An export file of a request: ready to download until it expires, from
   * {@code /customer/download/<downloadKey>} (export.web.DownloadServlet, which checks the caller
   * again and audits the download).
   */
  public record Download(long id, String kind, String status, int progressPct, Long sizeBytes, String sha256,
      Instant readyAt, Instant expiresAt, boolean downloadable, String downloadKey) {}


  public List<MyRequest> mine() {
    long me = CallerAccounts.caller(context, em).getId();
    return em.createNamedQuery("PrivacyRequest.findBySubjectUser", PrivacyRequest.class)
        .setParameter("userId", me)
        .setMaxResults(200)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** One of the caller's requests; {@link UserFacingException} "not found" for any other id. */
  public MyRequest one(long requestId) {
    return view(owned(requestId, CallerAccounts.caller(context, em)));
  }

  /** Whether the caller may act on this request (it is theirs); for pages that must answer 404 otherwise. */
  public boolean isMine(long requestId) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    return r != null && r.getSubjectUserId() != null && r.getSubjectUserId() == CallerAccounts.callerId(context);
  }

  private PrivacyRequest owned(long requestId, UserAccount me) {
    PrivacyRequest r = em.find(PrivacyRequest.class, requestId);
    if (r == null || r.getSubjectUserId() == null || !r.getSubjectUserId().equals(me.getId())) {
      throw new UserFacingException("myrequests.error.notFound");
    }
    return r;
  }

  private static boolean downloadable(ExportFile f, Instant now) {
    return f.getStatus() == ExportFile.Status.READY && f.getStoragePath() != null
        && (f.getExpiresAt() == null || f.getExpiresAt().isAfter(now));
  }

  private MyRequest view(PrivacyRequest r) {
    LocalDate today = clock.today();
    Instant now = clock.now();
    List<Step> history = em.createNamedQuery("RequestEvent.findByRequest", RequestEvent.class)
        .setParameter("requestId", r.getId())
        .getResultStream()
        .filter(RequestEvent::shownToTheSubject)
        .map(e -> new Step(e.getOccurredAt(), e.getActorKind().name(), e.getAction(),
            e.getFromStatus() == null ? null : e.getFromStatus().name(),
            e.getToStatus() == null ? null : e.getToStatus().name(), forTheSubject(e)))
        .toList();
    List<Download> downloads = em.createNamedQuery("ExportFile.findByRequest", ExportFile.class)
        .setParameter("requestId", r.getId())
        .getResultStream()
        .filter(f -> f.getKind() != ExportFile.Kind.RECEIPT || f.getStatus() == ExportFile.Status.READY)
        .map(f -> new Download(f.getId(), f.getKind().name(),
            downloadable(f, now) ? "READY" : f.getStatus() == ExportFile.Status.READY ? "EXPIRED" : f.getStatus().name(),
            f.getProgressPct(), f.getSizeBytes(), f.getSha256(), f.getReadyAt(), f.getExpiresAt(), downloadable(f, now),
            downloadable(f, now) ? f.getDownloadKey() : null))
        .toList();
    return new MyRequest(r.getId(), r.getReference(), r.getType().name(), r.getStatus().name(), r.getReceivedAt(),
        r.getDueDate(), DueDates.daysLeft(r.getDueDate(), today), r.isOverdue(today), r.isExtended(),
        r.getExtensionReason(), r.getRejectionReason(), r.getClosedAt(), r.getStatus().cancellableBySubject(),
        r.getDetails(), history, downloads, RequestWorkflow.objectionOf(r));
  }
}
