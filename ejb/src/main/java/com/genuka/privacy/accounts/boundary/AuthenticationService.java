package com.genuka.privacy.accounts.boundary;

import com.genuka.privacy.accounts.control.PasswordHasher;
import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.Throttle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks an e-mail and password against the database. Unknown e-mails cost the same time as wrong
 * passwords, and repeated failures for one address or one IP are slowed down the same way whether
 * the address exists or not.
 */
@Stateless
@PermitAll
public class AuthenticationService {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  @Inject Throttle throttle;

  @Inject AuditLog audit;

  public LoginOutcome authenticate(String email, char[] password, String clientIp) {
    String normalised = normalise(email);
    if (throttle.isExceeded(emailKey(normalised), MAX_FAILURES, WINDOW)
        || throttle.isExceeded(ipKey(clientIp), MAX_FAILURES * 5, WINDOW)) {
      return LoginOutcome.throttled();
    }
    UserAccount account = normalised.isEmpty() ? null
        : em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", normalised)
            .getResultStream().findFirst().orElse(null);
    boolean valid = account == null ? PasswordHasher.verifyDecoy(password)
        : PasswordHasher.verify(password, account.getPasswordHash())
            && account.getStatus() == AccountStatus.ACTIVE;
    if (!valid) {
      throttle.hitAndCheckExceeded(emailKey(normalised), MAX_FAILURES, WINDOW);
      throttle.hitAndCheckExceeded(ipKey(clientIp), MAX_FAILURES * 5, WINDOW);
      audit.append(AuditEntry.of(Actor.ANONYMOUS, "LOGIN_FAILED").summary("wrong e-mail or password"));
      return LoginOutcome.invalid();
    }
    if (PasswordHasher.needsRehash(account.getPasswordHash())) {
      account.setPasswordHash(PasswordHasher.hash(password));
    }
    account.setLastLoginAt(clock.now());
    audit.append(AuditEntry.of(new Actor(account.getSubjectRef(), primaryRole(account)), "LOGIN")
        .subject(account.getSubjectRef())
        .tenant(account.getTenant() == null ? null : account.getTenant().getId()));
    return new LoginOutcome(LoginOutcome.Result.SUCCESS, account.getId(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
        account.getLocale());
  }

  /** Roles of an account, read again on every validation so that a removed role takes effect. */
  public java.util.Set<String> rolesOf(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      return java.util.Set.of();
    }
    return account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  static String primaryRole(UserAccount account) {
    return account.getRoles().stream().map(Enum::name).sorted().findFirst().orElse("NONE");
  }

  public static String normalise(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  private static String emailKey(String email) {
    return "login:email:" + email;
  }

  private static String ipKey(String ip) {
    return "login:ip:" + (ip == null ? "unknown" : ip);
  }
}
