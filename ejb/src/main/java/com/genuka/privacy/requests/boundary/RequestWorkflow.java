package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.erasure.entity.ErasureJob;
import com.genuka.privacy.erasure.entity.ErasureStep;
import com.genuka.privacy.erasure.entity.JobStatus;
import com.genuka.privacy.erasure.entity.StepStatus;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.notify.boundary.Outbox;
import com.genuka.privacy.platform.control.CardNumbers;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.Links;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.Throttle;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.control.DueDates;
import com.genuka.privacy.requests.control.References;
import com.genuka.privacy.requests.control.RequestMails;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestEvent;
import com.genuka.privacy.requests.entity.RequestEvent.ActorKind;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every right of the policy flows through this one workflow (R-Q1..R-Q5, R-R7): filing from the
 * portal, from the public form (acted on only once the e-mail address is proven, R-Q3) or by an
 * admin for e-mail and WhatsApp requests; then verification, assignment, extension, rejection,
 * work and completion, each step checked against the state machine ({@link RequestStatus}),
 * recorded in the request's history and in the audit log, and announced by e-mail through the
 * outbox in the same transaction. Two admins acting on the same request at once cannot both
 * succeed: every admin action names the version it was looking at.
 */
@Stateless
public class RequestWorkflow {

  static final Duration VERIFICATION_LIFE = Duration.ofHours(24);
  static final Duration PUBLIC_WINDOW = Duration.ofHours(1);
  static final int MAX_DETAILS = 4000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
  private static final Set<RequestType> PUBLIC_TYPES = EnumSet.of(RequestType.ACCESS, RequestType.RECTIFICATION,
      RequestType.ERASURE, RequestType.PORTABILITY, RequestType.RESTRICTION, RequestType.OBJECTION);

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @Inject Outbox outbox;

  @Inject Throttle throttle;

  @Inject Event<RequestStarted> started;

  @Inject Event<RequestVerified> verified;

  @Inject
  @ConfigProperty(name = "genuka.public-request.per-address-per-hour", defaultValue = "3")
  int perAddressPerHour;

  @Inject
  @ConfigProperty(name = "genuka.public-request.per-ip-per-hour", defaultValue = "10")
  int perIpPerHour;

  // --- customers ------------------------------------------------------------------------------

  /** A logged-in customer files a request: their identity is proven by the login. */
  @RolesAllowed(Role.CUSTOMER_NAME)
  public RequestDetail fileFromPortal(RequestType type, ObjectedProcessing objection, String details, String language) {
    UserAccount me = CallerAccounts.caller(context, em);
    if (type == null) {
      throw new UserFacingException("request.typeRequired");
    }
    if (type.needsTenantAdmin() && !me.isTenantAdmin()) {
      throw new UserFacingException("request.tenantAdminOnly");
    }
    String text = cleanDetails(details);
    ObjectedProcessing objected = objection(type, objection, text);
    boolean alreadyOpen = em.createQuery("SELECT COUNT(r) FROM PrivacyRequest r WHERE r.subjectUserId = :user"
            + " AND r.type = :type AND r.status IN :open", Long.class)
        .setParameter("user", me.getId()).setParameter("type", type).setParameter("open", RequestStatus.open())
        .getSingleResult() > 0;
    if (alreadyOpen) {
      throw new UserFacingException("request.alreadyOpen");
    }
    Instant now = clock.now();
    // The request speaks the language the customer filed it in: its mails, copy and receipt.
    String locale = "fr".equals(language) || "en".equals(language) ? language : me.getLocale();
    PrivacyRequest r = newRequest(type, Channel.PORTAL, SubjectKind.CUSTOMER, me.getSubjectRef(), locale, now);
    r.setSubjectUserId(me.getId());
    r.setTenantId(me.getTenant() == null ? null : me.getTenant().getId());
    r.setSubjectEmail(me.getEmail());
    r.setSubjectName(me.getFullName());
    r.setDetails(text);
    r.setObjectionProcessing(objected);
    em.persist(r);
    em.flush();
    history(r, now, me.getId(), ActorKind.SUBJECT, "SUBMITTED", null, RequestStatus.SUBMITTED, null);
    move(r, RequestStatus.VERIFIED, now, null, ActorKind.SYSTEM, "VERIFIED", "history.note.login");
    auditStep(new Actor(me.getSubjectRef(), Role.CUSTOMER_NAME), "REQUEST_FILED", r, "filed in the portal");
    outbox.send(mails().toSubject("request-ack", r));
    notifyAdmins("admin-new-request", r);
    return detail(r);
  }

  @RolesAllowed(Role.CUSTOMER_NAME)
  public List<RequestSummary> myRequests() {
    UserAccount me = CallerAccounts.caller(context, em);
    return summaries(em.createNamedQuery("PrivacyRequest.findBySubjectUser", PrivacyRequest.class)
        .setParameter("userId", me.getId()).getResultList());
  }

  /** One of the caller's own requests; anyone else's is "not found". */
  @RolesAllowed(Role.CUSTOMER_NAME)
  public RequestDetail myRequest(long id) {
    return detail(mine(id));
  }

  @RolesAllowed(Role.CUSTOMER_NAME)
  public RequestDetail cancelMine(long id) {
    PrivacyRequest r = mine(id);
    UserAccount me = CallerAccounts.caller(context, em);
    if (!r.getStatus().cancellableBySubject()) {
      throw new UserFacingException("request.notCancellable");
    }
    Instant now = clock.now();
    move(r, RequestStatus.CANCELLED, now, me.getId(), ActorKind.SUBJECT, "CANCELLED", null);
    r.setClosedAt(now);
    auditStep(new Actor(me.getSubjectRef(), Role.CUSTOMER_NAME), "REQUEST_CANCELLED", r, "cancelled by the subject");
    outbox.send(mails().toSubject("request-cancelled", r));
    return detail(r);
  }

  private PrivacyRequest mine(long id) {
    UserAccount me = CallerAccounts.caller(context, em);
    PrivacyRequest r = em.find(PrivacyRequest.class, id);
    if (r == null || r.getSubjectUserId() == null || r.getSubjectUserId() != me.getId().longValue()) {
      throw new UserFacingException("request.notFound");
    }
    return r;
  }

  // --- people without an account (R-Q3) -------------------------------------------------------

  /**
   * Files a request from the public form. The answer is the same whether or not the address is
   * known; nothing is acted on until the link sent to the address is opened.
   */
  @PermitAll
  public void fileFromPublicForm(PublicRequestForm form, String clientIp) {
    if (form.type() == null || !PUBLIC_TYPES.contains(form.type())) {
      throw new UserFacingException("request.typeRequired");
    }
    String email = normaliseEmail(form.email());
    String name = cleanName(form.fullName());
    String details = cleanDetails(form.details());
    ObjectedProcessing objected = objection(form.type(), form.objection(), details);
    String locale = "en".equals(form.locale()) ? "en" : "fr";
    boolean tooManyForAddress = throttle.hitAndCheckExceeded("public-request:email:" + email, perAddressPerHour, PUBLIC_WINDOW);
    boolean tooManyForIp = throttle.hitAndCheckExceeded("public-request:ip:" + clientIp, perIpPerHour, PUBLIC_WINDOW);
    if (tooManyForAddress || tooManyForIp) {
      throw new UserFacingException("publicRequest.throttled");
    }
    Instant now = clock.now();
    Subject subject = identify(email);
    PrivacyRequest r = subject.newRequest(this, form.type(), Channel.WEB_FORM, locale, now);
    r.setSubjectEmail(email);
    r.setSubjectName(name);
    r.setDetails(details);
    r.setObjectionProcessing(objected);
    em.persist(r);
    em.flush();
    history(r, now, null, ActorKind.SUBJECT, "SUBMITTED", null, RequestStatus.SUBMITTED, null);
    String token = Hashing.newToken();
    em.persist(new AccessToken(Hashing.sha256Hex(token), TokenPurpose.REQUEST_VERIFICATION, r.getId(), null, now,
        now.plus(VERIFICATION_LIFE)));
    move(r, RequestStatus.IDENTITY_PENDING, now, null, ActorKind.SYSTEM, "VERIFICATION_SENT", null);
    auditStep(Actor.ANONYMOUS, "REQUEST_FILED", r, "filed on the public form");
    outbox.send(mails().toSubject("request-verify", r).param("verifyUrl", mails().verifyUrl(token)));
    notifyAdmins("admin-new-request", r);
  }

  /**
   * What a verification link is worth, without spending it: opening the link only shows the
   * request and a button, since mail scanners open links without their owner.
   */
  @PermitAll
  public VerificationOutcome checkVerification(String token) {
    return verification(token, false);
  }

  /** The owner confirms from the link's page: single use, valid 24 hours. */
  @PermitAll
  public VerificationOutcome verifyByToken(String token) {
    return verification(token, true);
  }

  private VerificationOutcome verification(String token, boolean spend) {
    Instant now = clock.now();
    Links.Found link = Links.find(em, token, TokenPurpose.REQUEST_VERIFICATION, now, spend);
    if (link.state() == Links.State.UNKNOWN) {
      return new VerificationOutcome(VerificationOutcome.Result.UNKNOWN, null);
    }
    AccessToken t = link.token();
    PrivacyRequest r = em.find(PrivacyRequest.class, t.getRequestId());
    if (link.state() == Links.State.USED) {
      return new VerificationOutcome(VerificationOutcome.Result.ALREADY_USED, r == null ? null : r.getReference());
    }
    if (!link.usable() || r == null || r.getStatus() != RequestStatus.IDENTITY_PENDING) {
      return new VerificationOutcome(VerificationOutcome.Result.EXPIRED, r == null ? null : r.getReference());
    }
    if (!spend) {
      return new VerificationOutcome(VerificationOutcome.Result.READY, r.getReference());
    }
    t.markUsed(now);
    move(r, RequestStatus.VERIFIED, now, null, ActorKind.SUBJECT, "VERIFIED", "history.note.link");
    auditStep(Actor.ANONYMOUS, "REQUEST_VERIFIED", r, "e-mail address proven by link");
    outbox.send(mails().toSubject("request-ack", r));
    notifyAdmins("admin-request-verified", r);
    return new VerificationOutcome(VerificationOutcome.Result.VERIFIED, r.getReference());
  }

  /**
   * A candidate files from their own page, which they opened from a single-use link sent to their
   * address: the address is proven, so the request is verified at once (R-R3). The caller has
   * already checked the candidate's grant; the candidate is found by id, never by what they type.
   */
  @PermitAll
  public RequestDetail fileForCandidate(long candidateId, RequestType type, String details) {
    if (type == null || !PUBLIC_TYPES.contains(type)) {
      throw new UserFacingException("request.typeRequired");
    }
    Candidate candidate = em.find(Candidate.class, candidateId);
    if (candidate == null) {
      throw new UserFacingException("request.notFound");
    }
    String text = cleanDetails(details);
    boolean alreadyOpen = em.createQuery("SELECT COUNT(r) FROM PrivacyRequest r WHERE r.subjectCandidateId = :candidate"
            + " AND r.type = :type AND r.status IN :open", Long.class)
        .setParameter("candidate", candidate.getId()).setParameter("type", type)
        .setParameter("open", RequestStatus.open()).getSingleResult() > 0;
    if (alreadyOpen) {
      throw new UserFacingException("request.alreadyOpen");
    }
    Instant now = clock.now();
    PrivacyRequest r = newRequest(type, Channel.WEB_FORM, SubjectKind.CANDIDATE, candidate.getSubjectRef(),
        candidate.getLocale(), now);
    r.setSubjectCandidateId(candidate.getId());
    r.setSubjectEmail(candidate.getEmail());
    r.setSubjectName(candidate.getFullName());
    r.setDetails(text);
    em.persist(r);
    em.flush();
    history(r, now, null, ActorKind.SUBJECT, "SUBMITTED", null, RequestStatus.SUBMITTED, null);
    move(r, RequestStatus.VERIFIED, now, null, ActorKind.SYSTEM, "VERIFIED", "history.note.candidateLink");
    auditStep(new Actor(candidate.getSubjectRef(), "CANDIDATE"), "REQUEST_FILED", r, "filed from the candidate's page");
    outbox.send(mails().toSubject("request-ack", r));
    notifyAdmins("admin-new-request", r);
    return detail(r);
  }

  // --- admins ---------------------------------------------------------------------------------

  /** An admin logs a request that arrived by e-mail or WhatsApp; its date of receipt starts the clock (R-R7). */
  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail logFromChannel(LoggedRequestForm form) {
    UserAccount admin = CallerAccounts.caller(context, em);
    if (form.type() == null) {
      throw new UserFacingException("request.typeRequired");
    }
    if (form.channel() == null || !form.channel().loggedByAdmin()) {
      throw new UserFacingException("request.channelRequired");
    }
    Instant now = clock.now();
    if (form.receivedAt() == null || form.receivedAt().isAfter(now.plusSeconds(60))) {
      throw new UserFacingException("request.receivedInFuture");
    }
    if (form.receivedAt().isBefore(now.minus(Duration.ofDays(366)))) {
      throw new UserFacingException("request.receivedTooOld");
    }
    String email = form.email() == null || form.email().isBlank() ? null : normaliseEmail(form.email());
    if (email == null && form.channel() == Channel.EMAIL) {
      throw new UserFacingException("request.emailRequired");
    }
    String name = cleanName(form.fullName());
    String details = cleanDetails(form.details());
    ObjectedProcessing objected = objection(form.type(), form.objection(), details);
    if (form.phone() != null && !form.phone().isBlank()) {
      CardNumbers.refuse(form.phone(), "field.phone");
      String phone = com.genuka.privacy.candidates.control.CandidateInput.phone(form.phone());
      details = (details == null ? "" : details + "\n") + "WhatsApp: " + phone;
      if (details.length() > MAX_DETAILS) {
        // the number goes with the details, in the same column
        throw new UserFacingException("request.detailsTooLong", MAX_DETAILS - phone.length() - 11);
      }
    }
    Subject subject = email == null ? Subject.stranger() : identify(email);
    if (form.type().needsTenantAdmin() && (subject.account() == null || !subject.account().isTenantAdmin())) {
      throw new UserFacingException("request.tenantAdminOnly");
    }
    String locale = "en".equals(form.locale()) ? "en" : subject.locale();
    PrivacyRequest r = subject.newRequest(this, form.type(), form.channel(), locale, form.receivedAt());
    r.setSubjectEmail(email);
    r.setSubjectName(name);
    r.setDetails(details);
    r.setObjectionProcessing(objected);
    em.persist(r);
    em.flush();
    history(r, now, admin.getId(), ActorKind.ADMIN, "LOGGED", null, RequestStatus.SUBMITTED,
        form.channel().name() + " " + form.receivedAt());
    auditStep(adminActor(admin), "REQUEST_LOGGED", r, "logged from " + form.channel().name());
    if (email != null) {
      outbox.send(mails().toSubject("request-ack", r));
    }
    notifyAdmins("admin-new-request", r);
    return detail(r);
  }

  /** The open requests recorded late at some point; run on H2 by RequestsOnH2Test. */
  static final String ONCE_LATE_IDS = "SELECT id FROM privacy_request WHERE was_overdue = TRUE"
      + " AND status IN ('SUBMITTED', 'IDENTITY_PENDING', 'VERIFIED', 'IN_PROGRESS')";

  @RolesAllowed(Role.ADMIN_NAME)
  public List<RequestSummary> queue(QueueFilter filter) {
    QueueFilter f = filter == null ? QueueFilter.open() : filter;
    StringBuilder jpql = new StringBuilder("SELECT r FROM PrivacyRequest r WHERE 1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    if (f.type() != null && !f.type().isBlank()) {
      jpql.append(" AND r.type = :type");
      params.put("type", enumOf(RequestType.class, f.type()));
    }
    String status = f.status() == null || f.status().isBlank() ? "OPEN" : f.status();
    if ("OPEN".equals(status)) {
      jpql.append(" AND r.status IN :statuses");
      params.put("statuses", RequestStatus.open());
    } else if (!"ALL".equals(status)) {
      jpql.append(" AND r.status = :status");
      params.put("status", enumOf(RequestStatus.class, status));
    }
    if (f.channel() != null && !f.channel().isBlank()) {
      jpql.append(" AND r.channel = :channel");
      params.put("channel", enumOf(Channel.class, f.channel()));
    }
    if (f.dueBefore() != null) {
      jpql.append(" AND r.dueDate <= :dueBefore");
      params.put("dueBefore", f.dueBefore());
    }
    if (f.overdueOnly()) {
      // The requests once recorded late come from plain SQL: JPQL comparing a boolean is written
      // with 1 on H2, which refuses it (see JpqlBooleanLiteralsTest).
      List<Long> onceLate = new java.util.ArrayList<>(List.of(-1L));
      for (Object id : em.createNativeQuery(ONCE_LATE_IDS).getResultList()) {
        onceLate.add(((Number) id).longValue());
      }
      jpql.append(" AND r.status IN :openForOverdue AND (r.dueDate < :today OR r.id IN :onceLate)");
      params.put("openForOverdue", RequestStatus.open());
      params.put("today", clock.today());
      params.put("onceLate", onceLate);
    }
    String column = switch (f.sort() == null ? "DUE" : f.sort()) {
      case "RECEIVED" -> "r.receivedAt";
      case "TYPE" -> "r.type";
      case "STATUS" -> "r.status";
      case "CHANNEL" -> "r.channel";
      case "REFERENCE" -> "r.reference";
      default -> "r.dueDate";
    };
    jpql.append(" ORDER BY ").append(column).append(f.ascending() ? " ASC" : " DESC").append(", r.id");
    var query = em.createQuery(jpql.toString(), PrivacyRequest.class);
    params.forEach(query::setParameter);
    return summaries(query.setMaxResults(1000).getResultList());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail detail(long id) {
    PrivacyRequest r = em.find(PrivacyRequest.class, id);
    if (r == null) {
      throw new UserFacingException("request.notFound");
    }
    return detail(r);
  }

  /** The admins a request can be assigned to. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<Long, String> admins() {
    return em.createNamedQuery("UserAccount.findByRole", UserAccount.class).setParameter("role", Role.ADMIN)
        .getResultList().stream().filter(a -> a.getStatus() == AccountStatus.ACTIVE)
        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail verify(long id, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    move(r, RequestStatus.VERIFIED, clock.now(), admin.getId(), ActorKind.ADMIN, "VERIFIED", "history.note.admin");
    auditStep(adminActor(admin), "REQUEST_VERIFIED", r, "identity checked by an admin");
    notifyAdmins("admin-request-verified", r);
    return detail(r);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail assign(long id, long adminId, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    if (!r.isOpen()) {
      throw new UserFacingException("request.closed");
    }
    UserAccount assignee = em.find(UserAccount.class, adminId);
    if (assignee == null || !assignee.hasRole(Role.ADMIN) || assignee.getStatus() != AccountStatus.ACTIVE) {
      throw new UserFacingException("request.assigneeUnknown");
    }
    r.setAssignedTo(assignee.getId());
    Instant now = clock.now();
    history(r, now, admin.getId(), ActorKind.ADMIN, "ASSIGNED", r.getStatus(), r.getStatus(), assignee.getFullName());
    auditStep(adminActor(admin), "REQUEST_ASSIGNED", r, "assigned to admin " + assignee.getId());
    return detail(r);
  }

  /** Extends the due date once, by one or two months, with a reason e-mailed to the subject (GDPR art. 12(3)). */
  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail extend(long id, int months, String reason, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    if (!r.isOpen()) {
      throw new UserFacingException("request.closed");
    }
    if (r.isExtended()) {
      throw new UserFacingException("request.alreadyExtended");
    }
    if (!extensionStillAllowed(r, clock.today())) {
      // GDPR art. 12(3): the person must be told of an extension within the first month; once the
      // original due date has passed, the deadline is missed and stays missed.
      throw new UserFacingException("request.extensionTooLate", java.util.Date.from(
          r.getOriginalDueDate().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
    }
    if (months < 1 || months > DueDates.MAX_EXTENSION_MONTHS) {
      throw new UserFacingException("request.extensionMonths", DueDates.MAX_EXTENSION_MONTHS);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 10 || why.length() > 2000) {
      throw new UserFacingException("request.extensionReason");
    }
    CardNumbers.refuse(why, "field.reason");
    LocalDate extended = r.getOriginalDueDate().plusMonths(months);
    r.setDueDate(extended);
    r.setExtensionReason(why);
    r.setReminded7At(null);
    r.setReminded2At(null);
    r.setOverdueNotifiedAt(null);
    history(r, clock.now(), admin.getId(), ActorKind.ADMIN, "EXTENDED", r.getStatus(), r.getStatus(), why);
    audit.append(AuditEntry.of(adminActor(admin), "REQUEST_EXTENDED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("request", r.getId()).summary("due date extended by " + months + " month(s) to " + extended)
        .details(why));
    if (r.getSubjectEmail() != null) {
      outbox.send(mails().toSubject("request-extended", r).param("reason", why));
    }
    return detail(r);
  }

  /**
   * Rejects with a reason from the localized templates ({@code mail/labels}: rejection.*), written
   * in the subject's language, plus the admin's own words when given. The e-mail tells the subject
   * of their right to complain to a supervisory authority.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail reject(long id, String template, String extra, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    EngineHold hold = engineHold(r.getId());
    if (hold != null && hold.active()) {
      throw new UserFacingException("request.engineRunning");
    }
    if (template == null || !REJECTION_TEMPLATES.contains(template)) {
      throw new UserFacingException("request.rejectionTemplate");
    }
    String more = extra == null ? "" : extra.strip();
    if ("OTHER".equals(template) && more.length() < 10) {
      throw new UserFacingException("request.rejectionDetails");
    }
    if (more.length() > 1500) {
      throw new UserFacingException("request.rejectionDetails");
    }
    CardNumbers.refuse(more, "field.reason");
    String reason = RequestMails.label("rejection." + template, r.getLocale()) + (more.isEmpty() ? "" : " " + more);
    Instant now = clock.now();
    move(r, RequestStatus.REJECTED, now, admin.getId(), ActorKind.ADMIN, "REJECTED", reason);
    r.setRejectionReason(reason);
    r.setClosedAt(now);
    audit.append(AuditEntry.of(adminActor(admin), "REQUEST_REJECTED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("request", r.getId()).summary("rejected: " + template).details(reason));
    if (r.getSubjectEmail() != null) {
      outbox.send(mails().toSubject("request-rejected", r).param("reason", reason));
    }
    return detail(r);
  }

  public static final Set<String> REJECTION_TEMPLATES =
      Set.of("IDENTITY_NOT_PROVEN", "NO_DATA", "LEGAL_OBLIGATION", "MANIFESTLY_UNFOUNDED", "OTHER");

  /** Work starts: engines that carry this type of request out are told after the commit. */
  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail start(long id, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    move(r, RequestStatus.IN_PROGRESS, clock.now(), admin.getId(), ActorKind.ADMIN, "STARTED", null);
    if (r.getAssignedTo() == null) {
      r.setAssignedTo(admin.getId());
    }
    auditStep(adminActor(admin), "REQUEST_STARTED", r, "work started");
    started.fire(new RequestStarted(r.getId(), r.getType()));
    return detail(r);
  }

  /** The admin marks the request done, with a note for the subject. */
  @RolesAllowed(Role.ADMIN_NAME)
  public RequestDetail complete(long id, String note, int version) {
    UserAccount admin = CallerAccounts.caller(context, em);
    PrivacyRequest r = forAction(id, version);
    EngineHold hold = engineHold(r.getId());
    if (hold != null) {
      // Only the job's success completes the request: a person saying "done" while data is still
      // being erased or copied (or after the job failed) would tell the subject something untrue.
      throw new UserFacingException(hold.active() ? "request.engineRunning" : "request.engineFailed");
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > 2000) {
      throw new UserFacingException("request.noteTooLong");
    }
    CardNumbers.refuse(text, "field.note");
    finish(r, admin.getId(), ActorKind.ADMIN, text);
    auditStep(adminActor(admin), "REQUEST_COMPLETED", r, "completed by an admin");
    return detail(r);
  }

  // --- engines ----------------------------------------------------------------------------------

  /** An engine carried the request out completely. */
  @PermitAll
  public void completeBySystem(long id, String note) {
    PrivacyRequest r = em.find(PrivacyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || !r.isOpen()) {
      // already closed (for example folded into the person's erasure): nothing left to complete
      return;
    }
    finish(r, null, ActorKind.SYSTEM, note == null ? "" : note);
    auditStep(Actor.SYSTEM, "REQUEST_COMPLETED", r, "completed by the system");
  }

  /** An engine could not finish; the request stays open and its history says why. */
  @PermitAll
  public void failBySystem(long id, String reason) {
    PrivacyRequest r = em.find(PrivacyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      return;
    }
    String why = reason == null ? "unknown" : reason.length() > 1900 ? reason.substring(0, 1900) : reason;
    history(r, clock.now(), null, ActorKind.SYSTEM, "ENGINE_FAILED", r.getStatus(), r.getStatus(), why);
    auditStep(Actor.SYSTEM, "REQUEST_ENGINE_FAILED", r, "engine failed");
  }

  /** Types an erasure of the person carries out in full: folded into it, they are completed with it. */
  static final Set<RequestType> FOLDED_INTO_ERASURE = EnumSet.of(RequestType.ERASURE, RequestType.RECORDING_DELETION,
      RequestType.RESTRICTION, RequestType.OBJECTION);

  /** How an erasure closed one of the person's other open requests. */
  public enum ErasureOutcome {
    /** The erasure does what it asked: completed with it. */
    FOLDED,
    /** Nothing left to copy, correct or send, and no address to answer: closed with that reason. */
    CLOSED
  }

  /**
   * The person's data is being erased under {@code erasureReference}: one of their other open
   * requests is closed by the system in the same transaction that takes its contact details away,
   * so that no request stays in the queue without a way to answer it, nor draws reminders, nor has
   * a copy made for nobody. A request the erasure carries out (another erasure, deletion of
   * recordings, restriction, objection) whose identity was proven is completed with it; any other
   * is rejected with the reason written in the person's language. Neither sends a mail: the
   * person's address is already gone, and the erasure's own completion mail lists them.
   *
   * @return what became of the request, or null if it was no longer open
   */
  @PermitAll
  public ErasureOutcome closeForErasure(long id, String erasureReference) {
    PrivacyRequest r = em.find(PrivacyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      return null;
    }
    em.refresh(r);
    if (!r.isOpen()) {
      return null;
    }
    Instant now = clock.now();
    boolean proven = r.getStatus() == RequestStatus.VERIFIED || r.getStatus() == RequestStatus.IN_PROGRESS;
    if (proven && FOLDED_INTO_ERASURE.contains(r.getType())) {
      String note = FOLDED_NOTE + erasureReference;
      if (r.getStatus() == RequestStatus.VERIFIED) {
        move(r, RequestStatus.IN_PROGRESS, now, null, ActorKind.SYSTEM, "STARTED", note);
      }
      move(r, RequestStatus.COMPLETED, now, null, ActorKind.SYSTEM, "COMPLETED", note);
      r.setClosedAt(now);
      auditStep(Actor.SYSTEM, "REQUEST_COMPLETED", r, "carried out by erasure " + erasureReference);
      return ErasureOutcome.FOLDED;
    }
    String reason = RequestMails.label("closedByErasure", r.getLocale()).replace("{reference}", erasureReference);
    move(r, RequestStatus.REJECTED, now, null, ActorKind.SYSTEM, "REJECTED", CLOSED_NOTE + erasureReference);
    r.setRejectionReason(reason);
    r.setClosedAt(now);
    auditStep(Actor.SYSTEM, "REQUEST_REJECTED", r, "closed by erasure " + erasureReference);
    return ErasureOutcome.CLOSED;
  }

  /** History notes of requests closed by an erasure: a message key, then the erasure's reference. */
  public static final String FOLDED_NOTE = "history.note.foldedIntoErasure ";
  public static final String CLOSED_NOTE = "history.note.closedByErasure ";

  // --- the mechanics ------------------------------------------------------------------------------

  private void finish(PrivacyRequest r, Long actorId, ActorKind actorKind, String note) {
    Instant now = clock.now();
    move(r, RequestStatus.COMPLETED, now, actorId, actorKind, "COMPLETED", note.isEmpty() ? null : note);
    r.setClosedAt(now);
    if (r.getSubjectEmail() != null) {
      outbox.send(mails().toSubject("request-completed", r)
          .param("note", note.isEmpty() ? RequestMails.label("note.none", r.getLocale()) : note));
    }
  }

  /**
   * Loads a request for an admin action and checks that the admin acts on what they saw: if the
   * request changed since (another admin acted), the action is refused and nothing changes.
   */
  private PrivacyRequest forAction(long id, int version) {
    PrivacyRequest r = em.find(PrivacyRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw new UserFacingException("request.notFound");
    }
    if (r.getVersion() != version) {
      throw new UserFacingException("error.concurrentChange");
    }
    return r;
  }

  /** The only way a status changes: the state machine says whether it may. */
  private void move(PrivacyRequest r, RequestStatus to, Instant at, Long actorId, ActorKind actorKind,
      String action, String note) {
    RequestStatus from = r.getStatus();
    if (!from.canMoveTo(to)) {
      throw new UserFacingException("request.illegalTransition", "request.status." + from.name(), "request.status." + to.name());
    }
    // closed after its due date: late for good, even if no hourly run saw it open past the date
    r.noteIfOverdue(clock.today());
    r.setStatus(to);
    history(r, at, actorId, actorKind, action, from, to, note);
    if (to == RequestStatus.VERIFIED) {
      verified.fire(new RequestVerified(r.getId(), r.getType(), r.getSubjectKind()));
    }
  }

  private void history(PrivacyRequest r, Instant at, Long actorId, ActorKind kind, String action,
      RequestStatus from, RequestStatus to, String note) {
    em.persist(new RequestEvent(r.getId(), at, actorId, kind, action, from, to,
        note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note));
  }

  private void auditStep(Actor actor, String action, PrivacyRequest r, String summary) {
    audit.append(AuditEntry.of(actor, action).subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("request", r.getId()).summary(r.getType().name() + ", " + r.getStatus().name() + ": " + summary));
  }

  private void notifyAdmins(String kind, PrivacyRequest r) {
    RequestMails mails = mails();
    for (UserAccount admin : em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
        .setParameter("role", Role.ADMIN).getResultList()) {
      if (admin.getStatus() == AccountStatus.ACTIVE) {
        outbox.send(mails.toAdmin(kind, r, admin));
      }
    }
  }

  /**
   * Who an e-mail address belongs to: an account holder, else a candidate, else someone we do not
   * know (who still gets a pseudonymous reference of their own).
   */
  private Subject identify(String email) {
    UserAccount account = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email).getResultStream().findFirst().orElse(null);
    if (account != null) {
      return new Subject(SubjectKind.CUSTOMER, account, null);
    }
    Candidate candidate = em.createNamedQuery("Candidate.findByEmail", Candidate.class)
        .setParameter("email", email).setMaxResults(1).getResultStream().findFirst().orElse(null);
    return candidate != null ? new Subject(SubjectKind.CANDIDATE, null, candidate) : Subject.stranger();
  }

  /** The person a request is about, as far as we can tell from their address. */
  private record Subject(SubjectKind kind, UserAccount account, Candidate candidate) {

    static Subject stranger() {
      return new Subject(SubjectKind.VISITOR, null, null);
    }

    String ref() {
      return account != null ? account.getSubjectRef()
          : candidate != null ? candidate.getSubjectRef() : UUID.randomUUID().toString();
    }

    String locale() {
      return account != null ? account.getLocale() : candidate != null ? candidate.getLocale() : "fr";
    }

    PrivacyRequest newRequest(RequestWorkflow workflow, RequestType type, Channel channel, String locale, Instant receivedAt) {
      PrivacyRequest r = workflow.newRequest(type, channel, kind, ref(), locale, receivedAt);
      if (account != null) {
        r.setSubjectUserId(account.getId());
        r.setTenantId(account.getTenant() == null ? null : account.getTenant().getId());
      }
      if (candidate != null) {
        r.setSubjectCandidateId(candidate.getId());
      }
      return r;
    }
  }

  private PrivacyRequest newRequest(RequestType type, Channel channel, SubjectKind kind, String subjectRef,
      String locale, Instant receivedAt) {
    return new PrivacyRequest(uniqueReference(), type, RequestStatus.SUBMITTED, channel, kind, subjectRef,
        locale, receivedAt, DueDates.dueDate(receivedAt, clock.zone()), clock.now());
  }

  private String uniqueReference() {
    for (int i = 0; i < 5; i++) {
      String ref = References.newReference();
      if (em.createNamedQuery("PrivacyRequest.findByReference", PrivacyRequest.class).setParameter("reference", ref)
          .getResultList().isEmpty()) {
        return ref;
      }
    }
    throw new IllegalStateException("could not draw a unique request reference");
  }

  private RequestMails mails() {
    return new RequestMails(outbox.publicUrl(), clock.zone());
  }

  private static Actor adminActor(UserAccount admin) {
    return new Actor(admin.getSubjectRef(), Role.ADMIN_NAME);
  }

  static String normaliseEmail(String email) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
      throw new UserFacingException("request.emailInvalid");
    }
    return e;
  }

  private static String cleanName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.length() > 200) {
      throw new UserFacingException("request.nameTooLong");
    }
    CardNumbers.refuse(n, "field.name");
    return n.isEmpty() ? null : n;
  }

  private static String cleanDetails(String details) {
    String d = details == null ? "" : details.strip();
    if (d.length() > MAX_DETAILS) {
      throw new UserFacingException("request.detailsTooLong", MAX_DETAILS);
    }
    CardNumbers.refuse(d, "field.details");
    return d.isEmpty() ? null : d;
  }

  /**
   * What an objection objects to: one of the policy's processings, chosen by the person; "other"
   * needs their own words. Other types carry none.
   */
  static ObjectedProcessing objection(RequestType type, ObjectedProcessing processing, String words) {
    if (type != RequestType.OBJECTION) {
      return null;
    }
    if (processing == null) {
      throw new UserFacingException("request.objectionRequired");
    }
    if (processing.needsWords() && (words == null || words.length() < 10)) {
      throw new UserFacingException("request.objectionWords");
    }
    return processing;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("request.filterInvalid");
    }
  }

  // --- views ----------------------------------------------------------------------------------------

  private List<RequestSummary> summaries(List<PrivacyRequest> requests) {
    Map<Long, String> names = adminNames();
    LocalDate today = clock.today();
    return requests.stream().map(r -> new RequestSummary(r.getId(), r.getReference(), r.getType().name(),
        r.getStatus().name(), r.getChannel().name(), r.getSubjectKind().name(), r.getSubjectName(), r.getReceivedAt(),
        r.getDueDate(), DueDates.daysLeft(r.getDueDate(), today), r.isOpen() && r.isLate(today), r.isExtended(),
        r.getAssignedTo() == null ? null : names.get(r.getAssignedTo()), late(r, today), objectionOf(r))).toList();
  }

  private Map<Long, String> adminNames() {
    return em.createNamedQuery("UserAccount.findByRole", UserAccount.class).setParameter("role", Role.ADMIN)
        .getResultList().stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a));
  }

  private RequestDetail detail(PrivacyRequest r) {
    em.flush();
    Map<Long, String> names = em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN"
            + " (SELECT e.actorUserId FROM RequestEvent e WHERE e.requestId = :id)", UserAccount.class)
        .setParameter("id", r.getId()).getResultList().stream()
        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a));
    Map<Long, String> admins = adminNames();
    List<RequestDetail.Event> history = em.createNamedQuery("RequestEvent.findByRequest", RequestEvent.class)
        .setParameter("requestId", r.getId()).getResultList().stream()
        .map(e -> new RequestDetail.Event(e.getOccurredAt(), e.getActorKind().name(),
            e.getActorUserId() == null ? null : names.get(e.getActorUserId()), e.getAction(),
            e.getFromStatus() == null ? null : e.getFromStatus().name(),
            e.getToStatus() == null ? null : e.getToStatus().name(), e.getNote()))
        .toList();
    LocalDate today = clock.today();
    return new RequestDetail(r.getId(), r.getReference(), r.getType().name(), r.getStatus().name(),
        r.getChannel().name(), r.getSubjectKind().name(), r.getSubjectName(), r.getSubjectEmail(), r.getLocale(),
        r.getDetails(), r.getReceivedAt(), r.getDueDate(), r.getOriginalDueDate(),
        DueDates.latestExtendedDueDate(r.getOriginalDueDate()), r.getExtensionReason(), r.getAssignedTo(),
        r.getAssignedTo() == null ? null : admins.get(r.getAssignedTo()), r.getRejectionReason(), r.getClosedAt(),
        r.getVersion(), DueDates.daysLeft(r.getDueDate(), today), r.isOpen() && r.isLate(today), r.isOpen(),
        r.getStatus().next().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), history,
        late(r, today), extensionStillAllowed(r, today), r.isOpen() ? engineView(r.getId()) : null,
        objectionOf(r));
  }

  /** Its deadline was missed: open past it, recorded as missed, or closed after it. */
  private boolean late(PrivacyRequest r, LocalDate today) {
    return r.isLate(today)
        || r.getClosedAt() != null && LocalDate.ofInstant(r.getClosedAt(), clock.zone()).isAfter(r.getDueDate());
  }

  /** GDPR art. 12(3): an extension is told to the person within the first month, so not after the original due date. */
  static boolean extensionStillAllowed(PrivacyRequest r, LocalDate today) {
    return !today.isAfter(r.getOriginalDueDate());
  }

  /** The engine job that holds a request: queued or running ({@code active}), or stopped by a failure. */
  record EngineHold(String engine, String status, boolean active, int done, int total) {}

  /**
   * The job an engine keeps for the request, if it is not finished: an erasure job, or an export
   * file being (or failed to be) written. While one exists, only its success completes the request.
   */
  EngineHold engineHold(long requestId) {
    for (ErasureJob job : em.createNamedQuery("ErasureJob.findByRequest", ErasureJob.class)
        .setParameter("requestId", requestId).getResultList()) {
      if (job.getStatus() != JobStatus.SUCCEEDED) {
        List<ErasureStep> steps = em.createNamedQuery("ErasureStep.findByJob", ErasureStep.class)
            .setParameter("jobId", job.getId()).getResultList();
        int done = (int) steps.stream().filter(s -> s.getStatus() == StepStatus.DONE).count();
        return new EngineHold("ERASURE", job.getStatus().name(), job.getStatus() != JobStatus.FAILED, done, steps.size());
      }
    }
    for (ExportFile f : em.createNamedQuery("ExportFile.findByRequest", ExportFile.class)
        .setParameter("requestId", requestId).getResultList()) {
      if (f.getKind() != ExportFile.Kind.RECEIPT
          && EnumSet.of(ExportFile.Status.QUEUED, ExportFile.Status.RUNNING, ExportFile.Status.FAILED).contains(f.getStatus())) {
        return new EngineHold("EXPORT", f.getStatus().name(), f.getStatus() != ExportFile.Status.FAILED,
            f.getProgressPct(), 100);
      }
    }
    return null;
  }

  private RequestDetail.Engine engineView(long requestId) {
    EngineHold h = engineHold(requestId);
    return h == null ? null : new RequestDetail.Engine(h.engine(), h.status(), h.active(), h.done(), h.total());
  }

  /** What an objection objects to; NOT_STATED for objections filed before the choice existed. */
  static String objectionOf(PrivacyRequest r) {
    return r.getType() != RequestType.OBJECTION ? null
        : r.getObjectionProcessing() == null ? "NOT_STATED" : r.getObjectionProcessing().name();
  }
}
