package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.AccountService;
import com.genuka.privacy.accounts.boundary.AccountView;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.DataLocation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The customer's landing page: their account and contact data (C1), their company, its plan and where its data lives. */
@Named
@RequestScoped
public class MyAccountBacking {

  @EJB AccountService accounts;

  @EJB RegisterService registers;

  private AccountView account;
  private List<DataLocation> locations;

  @PostConstruct
  void load() {
    account = accounts.me();
    locations = registers.dataLocations();
  }

  public AccountView getAccount() {
    return account;
  }

  public List<DataLocation> getHosting() {
    return locations.stream().filter(l -> "HOSTING".equals(l.getScope())).toList();
  }

  public List<DataLocation> getBackups() {
    return locations.stream().filter(l -> "BACKUP".equals(l.getScope())).toList();
  }
}
