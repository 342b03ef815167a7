package com.genuka.privacy.accounts.control;

import com.genuka.privacy.accounts.entity.AccountStatus;
import com.genuka.privacy.accounts.entity.UserAccount;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;

/**
 * Finds the account of whoever calls a boundary. The caller principal's name is the account id set
 * at login; nothing a page sends can change whose data a boundary reads, which is what keeps one
 * tenant from ever seeing another's data.
 */
public final class CallerAccounts {

  private CallerAccounts() {}

  public static long callerId(SessionContext context) {
    Principal principal = context.getCallerPrincipal();
    try {
      return Long.parseLong(principal.getName());
    } catch (NumberFormatException | NullPointerException e) {
      throw new EJBAccessException("no logged-in account");
    }
  }

  public static UserAccount caller(SessionContext context, EntityManager em) {
    UserAccount account = em.find(UserAccount.class, callerId(context));
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      throw new EJBAccessException("account no longer active");
    }
    return account;
  }

  /** The caller's tenant id; a customer always has one. */
  public static long callerTenantId(SessionContext context, EntityManager em) {
    UserAccount account = caller(context, em);
    if (account.getTenant() == null) {
      throw new EJBAccessException("account has no company");
    }
    return account.getTenant().getId();
  }
}
