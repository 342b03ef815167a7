package com.genuka.privacy.accounts.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.control.ContactRules;
import com.genuka.privacy.accounts.control.ContactRules.Contact;
import com.genuka.privacy.accounts.control.ContactRules.Problem;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.audit.boundary.AuditLog;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * R-R1: a customer corrects their own account and contact data. Every change is audited; the old
 * values go into the audit row's sealed details, and nowhere else, so that erasing the subject's
 * key erases them too.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
public class ContactService {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject AuditLog audit;

  @Inject EmailChanges emailChanges;

  /**
   * What a correction did: the fields saved, and the new e-mail address that waits for its owner
   * to open the link sent to it (null when the address did not change).
   */
  public record Rectification(List<String> changed, String pendingEmail) {}

  /** The caller's contact data as the form starts from. */
  public Contact current() {
    UserAccount a = CallerAccounts.caller(context, em);
    return new Contact(a.getFullName(), a.getEmail(), a.getPhone(), a.getAddressLine1(), a.getAddressLine2(),
        a.getPostalCode(), a.getCity(), a.getCountry());
  }

  /** What is wrong with {@code typed}, field by field; empty when it can be saved. Changes nothing. */
  public List<Problem> check(Contact typed) {
    Contact cleaned = ContactRules.clean(typed);
    // An address held by another account is not a problem the form may report: that answer would
    // tell anyone who types addresses which ones have accounts. EmailChanges tells its owner instead.
    return new ArrayList<>(ContactRules.check(typed, cleaned));
  }

  /**
   * Saves the corrected data and says which fields changed (none: nothing is written). A new
   * e-mail address is not saved but sent a confirmation link ({@link EmailChanges}). Refuses,
   * changing nothing, anything {@link #check} would report.
   */
  public Rectification rectify(Contact typed) {
    List<Problem> problems = check(typed);
    if (!problems.isEmpty()) {
      Problem first = problems.get(0);
      throw new UserFacingException(first.messageKey(), "contact.field." + first.field());
    }
    Contact c = ContactRules.clean(typed);
    UserAccount a = CallerAccounts.caller(context, em);
    Map<String, String> old = new LinkedHashMap<>();
    change(old, ContactRules.NAME, a, UserAccount::getFullName, UserAccount::setFullName, c.fullName());
    String pendingEmail = c.email() != null && !c.email().equalsIgnoreCase(a.getEmail()) ? c.email() : null;
    if (pendingEmail != null) {
      emailChanges.requestForAccount(a, pendingEmail);
    }
    change(old, ContactRules.PHONE, a, UserAccount::getPhone, UserAccount::setPhone, c.phone());
    change(old, ContactRules.LINE1, a, UserAccount::getAddressLine1, UserAccount::setAddressLine1, c.addressLine1());
    change(old, ContactRules.LINE2, a, UserAccount::getAddressLine2, UserAccount::setAddressLine2, c.addressLine2());
    change(old, ContactRules.POSTAL_CODE, a, UserAccount::getPostalCode, UserAccount::setPostalCode, c.postalCode());
    change(old, ContactRules.CITY, a, UserAccount::getCity, UserAccount::setCity, c.city());
    change(old, ContactRules.COUNTRY, a, UserAccount::getCountry, UserAccount::setCountry, c.country());
    if (old.isEmpty()) {
      return new Rectification(List.of(), pendingEmail);
    }
    StringBuilder details = new StringBuilder("previous values:");
    old.forEach((field, value) -> details.append('\n').append(field).append(": ").append(value == null ? "(none)" : value));
    audit.append(AuditEntry.of(new Actor(a.getSubjectRef(), Role.CUSTOMER_NAME), "CONTACT_RECTIFIED")
        .subject(a.getSubjectRef())
        .tenant(a.getTenant() == null ? null : a.getTenant().getId())
        .target("user_account", a.getId())
        .summary("contact data corrected by the account holder: " + String.join(", ", old.keySet()))
        .details(details.toString()));
    return new Rectification(List.copyOf(old.keySet()), pendingEmail);
  }

  private static void change(Map<String, String> old, String field, UserAccount a, Function<UserAccount, String> get,
      BiConsumer<UserAccount, String> set, String value) {
    String before = get.apply(a);
    if (!Objects.equals(before, value)) {
      old.put(field, before);
      set.accept(a, value);
    }
  }
}
