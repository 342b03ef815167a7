package com.genuka.privacy.mydata.web;

import com.genuka.privacy.accounts.boundary.AccountService;
import com.genuka.privacy.accounts.boundary.AccountView;
import com.genuka.privacy.mydata.boundary.MyData;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyCustomerRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyDatabase;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyEmployeeRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.CompanyMediaRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.EventRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.InvoiceRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.SessionRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.VisitRow;
import com.genuka.privacy.mydata.boundary.Slice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import com.genuka.privacy.portal.web.LocaleBacking;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * One category of "my data" ({@code ?c=C3&page=2}): its rows, a page at a time, each with its
 * deletion day. Only the caller's rows can appear: nothing in the address names whose data it is.
 */
@Named
@RequestScoped
public class CategoryBacking {

  public static final int PAGE_SIZE = 25;
  static final Set<String> CATEGORIES = Set.of("C1", "C3", "C4", "C7", "C8");
  static final Set<String> C4_TABLES = Set.of("customers", "employees", "media");

  @EJB MyData myData;

  @EJB AccountService accounts;

  @Inject LocaleBacking locale;

  private String category;
  private String pageParam;
  private String table;

  private AccountView account;
  private Slice<VisitRow> visits;
  private List<SessionRow> sessions;
  private CompanyDatabase companyDatabase;
  private Slice<CompanyCustomerRow> companyCustomers;
  private Slice<CompanyEmployeeRow> companyEmployees;
  private Slice<CompanyMediaRow> companyMedia;
  private Slice<InvoiceRow> invoices;
  private List<EventRow> events;

  /** f:viewAction: an unknown category is a 404, like any address that names nothing. */
  public void load() {
    if (category == null || !CATEGORIES.contains(category)) {
      NotFound.send();
      return;
    }
    int page = Slice.pageOf(pageParam);
    switch (category) {
      case "C1" -> account = accounts.me();
      case "C3" -> {
        visits = myData.visits(page, PAGE_SIZE);
        sessions = myData.sessions();
      }
      case "C4" -> {
        companyDatabase = myData.companyDatabase();
        if (table == null || !C4_TABLES.contains(table)) {
          table = "customers";
        }
        switch (table) {
          case "employees" -> companyEmployees = myData.companyEmployees(page, PAGE_SIZE);
          case "media" -> companyMedia = myData.companyMedia(page, PAGE_SIZE);
          default -> companyCustomers = myData.companyCustomers(page, PAGE_SIZE);
        }
      }
      case "C7" -> invoices = myData.invoices(page, PAGE_SIZE);
      case "C8" -> events = myData.events();
      default -> NotFound.send();
    }
  }

  /** The slice being shown, for the pager. */
  public Slice<?> getSlice() {
    if (visits != null) {
      return visits;
    }
    if (companyCustomers != null) {
      return companyCustomers;
    }
    if (companyEmployees != null) {
      return companyEmployees;
    }
    if (companyMedia != null) {
      return companyMedia;
    }
    return invoices;
  }

  /** A country's name in the page's language ("CM" is "Cameroun" or "Cameroon"). */
  public String countryName(String code) {
    return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(locale.getLocale());
  }

  /** The address of another page of the same list. */
  public String pageUrl(int page) {
    return "?c=" + category + (table == null ? "" : "&t=" + table) + "&page=" + page;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPageParam() {
    return pageParam;
  }

  public void setPageParam(String pageParam) {
    this.pageParam = pageParam;
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table;
  }

  public AccountView getAccount() {
    return account;
  }

  public Slice<VisitRow> getVisits() {
    return visits;
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  public CompanyDatabase getCompanyDatabase() {
    return companyDatabase;
  }

  public Slice<CompanyCustomerRow> getCompanyCustomers() {
    return companyCustomers;
  }

  public Slice<CompanyEmployeeRow> getCompanyEmployees() {
    return companyEmployees;
  }

  public Slice<CompanyMediaRow> getCompanyMedia() {
    return companyMedia;
  }

  public Slice<InvoiceRow> getInvoices() {
    return invoices;
  }

  public List<EventRow> getEvents() {
    return events;
  }
}
