package com.genuka.privacy.export.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.export.control.ExportStorage;
import com.genuka.privacy.export.entity.ExportFile;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.entity.AccessToken;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.TokenPurpose;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Opens a generated file for download, after checking who asks: by its unguessable key for a
 * logged-in owner (the subject of the request, or the company's administrator for a company's
 * files), or by a single-use link from an e-mail, which this call uses up. Expired files and used
 * links are refused; every download is audited.
 */
@Stateless
public class Downloads {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject AuditLog audit;

  @Inject ExportStorage storage;

  @RolesAllowed(Role.CUSTOMER_NAME)
  public Download byKey(String key) {
    if (key == null || !TOKEN.matcher(key).matches()) {
      return Download.refused(Download.Outcome.NOT_FOUND);
    }
    UserAccount me;
    try {
      me = CallerAccounts.caller(context, em);
    } catch (EJBAccessException e) {
      return Download.refused(Download.Outcome.FORBIDDEN);
    }
    ExportFile f = em.createNamedQuery("ExportFile.findByDownloadKey", ExportFile.class).setParameter("key", key)
        .getResultStream().findFirst().orElse(null);
    if (f == null) {
      return Download.refused(Download.Outcome.NOT_FOUND);
    }
    PrivacyRequest r = em.find(PrivacyRequest.class, f.getRequestId());
    if (r == null || !mayDownload(me, f, r)) {
      // Someone else's file is not found, not forbidden: the answer must not confirm it exists.
      return Download.refused(Download.Outcome.NOT_FOUND);
    }
    return open(f, r, new Actor(me.getSubjectRef(), Role.CUSTOMER_NAME), "by its owner, logged in");
  }

  /**
   * What a single-use link leads to, without using it up: opening the link shows a page, and only
   * the button on that page downloads (mail scanners that open links must not use them up).
   */
  @PermitAll
  public LinkState peek(String token) {
    Found found = find(token, false);
    if (found.refused() != null) {
      return new LinkState(found.refused(), null, 0, null);
    }
    return new LinkState(Download.Outcome.OK, found.file().getFileName(),
        found.file().getSizeBytes() == null ? 0 : found.file().getSizeBytes(), found.token().getExpiresAt());
  }

  /** What a single-use link leads to. */
  public record LinkState(Download.Outcome outcome, String fileName, long size, Instant expiresAt) {}

  private record Found(Download.Outcome refused, AccessToken token, PrivacyRequest request, ExportFile file) {}

  private Found find(String token, boolean lock) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return new Found(Download.Outcome.NOT_FOUND, null, null, null);
    }
    var query = em.createNamedQuery("AccessToken.findByHash", AccessToken.class).setParameter("hash", Hashing.sha256Hex(token));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    AccessToken t = query.getResultStream().findFirst().orElse(null);
    if (t == null || t.getPurpose() != TokenPurpose.EXPORT_DOWNLOAD) {
      return new Found(Download.Outcome.NOT_FOUND, null, null, null);
    }
    if (t.getUsedAt() != null) {
      return new Found(Download.Outcome.USED, t, null, null);
    }
    Instant now = clock.now();
    if (!now.isBefore(t.getExpiresAt())) {
      return new Found(Download.Outcome.EXPIRED, t, null, null);
    }
    PrivacyRequest r = em.find(PrivacyRequest.class, t.getRequestId());
    ExportFile f = r == null ? null : em.createNamedQuery("ExportFile.findReadyByRequest", ExportFile.class)
        .setParameter("requestId", r.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
    if (f == null || f.isExpired(now) || f.getStoragePath() == null) {
      return new Found(Download.Outcome.EXPIRED, t, r, null);
    }
    return new Found(null, t, r, f);
  }

  @PermitAll
  public Download byToken(String token) {
    Found found = find(token, true);
    if (found.refused() != null) {
      return Download.refused(found.refused());
    }
    Download d = open(found.file(), found.request(), Actor.ANONYMOUS, "with a single-use link");
    if (d.outcome() == Download.Outcome.OK) {
      found.token().markUsed(clock.now());
    }
    return d;
  }

  private Download open(ExportFile f, PrivacyRequest r, Actor actor, String how) {
    Instant now = clock.now();
    if (f.getStatus() != ExportFile.Status.READY) {
      return Download.refused(f.getStatus() == ExportFile.Status.EXPIRED ? Download.Outcome.EXPIRED : Download.Outcome.NOT_FOUND);
    }
    if (f.isExpired(now) || f.getStoragePath() == null) {
      return Download.refused(Download.Outcome.EXPIRED);
    }
    Path path = storage.resolve(f.getStoragePath());
    if (!Files.isRegularFile(path)) {
      return Download.refused(Download.Outcome.EXPIRED);
    }
    audit.append(AuditEntry.of(actor, "EXPORT_DOWNLOADED").subject(r.getSubjectRef()).tenant(r.getTenantId())
        .target("export_file", f.getId()).summary(f.getKind() + " file downloaded " + how));
    return new Download(Download.Outcome.OK, path, f.getFileName(), f.getContentType(),
        f.getSizeBytes() == null ? -1 : f.getSizeBytes(), f.getSha256());
  }

  /**
   * A person's copy and their receipts are theirs alone; a company's export and deletion receipt
   * belong to the company's administrator.
   */
  static boolean mayDownload(UserAccount me, ExportFile f, PrivacyRequest r) {
    if (r.getType().needsTenantAdmin()) {
      return me.isTenantAdmin() && me.getTenant() != null && r.getTenantId() != null
          && me.getTenant().getId().equals(r.getTenantId());
    }
    return r.getSubjectUserId() != null && r.getSubjectUserId().equals(me.getId());
  }
}
