package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.ContactService;
import com.genuka.privacy.accounts.control.ContactRules.Contact;
import com.genuka.privacy.accounts.control.ContactRules.Problem;
import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * R-R1: the customer corrects their account and contact data. Problems are shown next to their
 * field and nothing is saved until there are none; a card number anywhere is refused (R-C1).
 */
@Named
@RequestScoped
public class ContactBacking {

  @EJB ContactService contacts;

  @Inject LocaleBacking locale;

  private String fullName;
  private String email;
  private String phone;
  private String addressLine1;
  private String addressLine2;
  private String postalCode;
  private String city;
  private String country;

  /** A country of the select list. */
  public record Country(String code, String name) {}

  @PostConstruct
  void load() {
    Contact c = contacts.current();
    fullName = c.fullName();
    email = c.email();
    phone = c.phone();
    addressLine1 = c.addressLine1();
    addressLine2 = c.addressLine2();
    postalCode = c.postalCode();
    city = c.city();
    country = c.country();
  }

  public String save() {
    Contact typed = new Contact(fullName, email, phone, addressLine1, addressLine2, postalCode, city, country);
    List<Problem> problems = contacts.check(typed);
    if (!problems.isEmpty()) {
      Messages.error(problems.stream().anyMatch(p -> p.messageKey().equals("contact.error.cardNumber"))
          ? "contact.notSaved.card" : "contact.notSaved");
      for (Problem p : problems) {
        Messages.fieldError("contact:" + p.field(), p.messageKey());
      }
      return null;
    }
    ContactService.Rectification done = contacts.rectify(typed);
    List<String> changed = done.changed();
    if (done.pendingEmail() != null) {
      Messages.info("contact.emailPending", done.pendingEmail());
    }
    if (changed.isEmpty()) {
      if (done.pendingEmail() == null) {
        Messages.info("contact.unchanged");
      }
    } else {
      String fields = String.join(", ", changed.stream().map(f -> Messages.text("contact.field." + f).replaceAll("\\s*\\(.*\\)$", "")).toList());
      Messages.info("contact.saved", fields);
    }
    Messages.keepAcrossRedirect();
    return "/customer/contact.xhtml?faces-redirect=true";
  }

  /** Every country, by its name in the page's language. */
  public List<Country> getCountries() {
    Locale l = locale.getLocale();
    Collator collator = Collator.getInstance(l);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Country(code, new Locale("", code).getDisplayCountry(l)))
        .sorted(Comparator.comparing(Country::name, collator))
        .toList();
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
