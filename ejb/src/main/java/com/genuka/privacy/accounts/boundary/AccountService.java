package com.genuka.privacy.accounts.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/** The logged-in person's own account, whatever their role. */
@Stateless
@RolesAllowed({Role.CUSTOMER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class AccountService {

  static final Set<String> LOCALES = Set.of("fr", "en");

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  public AccountView me() {
    return AccountView.of(CallerAccounts.caller(context, em));
  }

  /** Remembers the language the person chose, for pages and for the e-mails we send them. */
  public void rememberLocale(String locale) {
    if (!LOCALES.contains(locale)) {
      return;
    }
    UserAccount account = CallerAccounts.caller(context, em);
    if (!locale.equals(account.getLocale())) {
      account.setLocale(locale);
    }
  }
}
