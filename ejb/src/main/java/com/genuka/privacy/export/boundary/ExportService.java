package com.genuka.privacy.export.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer's generated files: the copies of their own data and receipts of their own requests,
 * and, for the company's administrator, the company's database exports and deletion receipt. Whose
 * files they are always comes from the login, never from the page.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class ExportService {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  /** Every file of the caller's requests, newest first, with a download address when it is ready. */
  public List<ExportView> myFiles() {
    UserAccount me = CallerAccounts.caller(context, em);
    List<PrivacyRequest> requests = new ArrayList<>(em.createNamedQuery("PrivacyRequest.findBySubjectUser",
        PrivacyRequest.class).setParameter("userId", me.getId()).getResultList());
    if (me.isTenantAdmin() && me.getTenant() != null) {
      em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.tenantId = :tenantId AND r.type IN :types",
              PrivacyRequest.class)
          .setParameter("tenantId", me.getTenant().getId())
          .setParameter("types", List.of(RequestType.TENANT_EXPORT, RequestType.TENANT_DELETION))
          .getResultList().stream().filter(r -> requests.stream().noneMatch(m -> m.getId().equals(r.getId())))
          .forEach(requests::add);
    }
    return views(requests, me);
  }

  /** The files of one of the caller's requests (for the request's page), newest first. */
  public List<ExportView> filesOfMyRequest(long requestId) {
    return myFiles().stream().filter(v -> v.requestId() == requestId).toList();
  }

  private List<ExportView> views(List<PrivacyRequest> requests, UserAccount me) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<Long, PrivacyRequest> byId = requests.stream().collect(Collectors.toMap(PrivacyRequest::getId, Function.identity()));
    Instant now = clock.now();
    return em.createQuery("SELECT f FROM ExportFile f WHERE f.requestId IN :ids", ExportFile.class)
        .setParameter("ids", byId.keySet()).getResultList().stream()
        .sorted(Comparator.comparing(ExportFile::getCreatedAt).reversed())
        .map(f -> view(f, byId.get(f.getRequestId()), now, Downloads.mayDownload(me, f, byId.get(f.getRequestId()))))
        .toList();
  }

  static ExportView view(ExportFile f, PrivacyRequest r, Instant now, boolean mayDownload) {
    boolean downloadable = mayDownload && f.getStatus() == ExportFile.Status.READY && !f.isExpired(now)
        && f.getDownloadKey() != null;
    String status = f.getStatus() == ExportFile.Status.READY && f.isExpired(now) ? "EXPIRED" : f.getStatus().name();
    return new ExportView(f.getId(), f.getRequestId(), r.getReference(), r.getType().name(), f.getKind().name(),
        status, f.getProgressPct(), f.getRowsDone(), f.getRowsTotal(), f.getSizeBytes(), f.getSha256(),
        f.getCreatedAt(), f.getReadyAt(), f.getExpiresAt(), null,
        downloadable ? "/customer/download/" + f.getDownloadKey() : null);
  }
}
