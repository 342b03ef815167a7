package com.genuka.privacy.registers.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.registers.boundary.RegisterService;
import com.genuka.privacy.registers.entity.DataLocation;
import com.genuka.privacy.registers.entity.SubProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The sub-processor register in its two groups (R-G1) and the data locations (R-G2), from the database. */
@Named
@RequestScoped
public class RegistersBacking {

  @EJB RegisterService registers;

  @Inject LocaleBacking locale;

  private List<SubProcessor> all;
  private List<DataLocation> locations;

  @PostConstruct
  void load() {
    all = registers.subProcessors();
    locations = registers.dataLocations();
  }

  public List<SubProcessor> getGroupA() {
    return all.stream().filter(s -> "A".equals(s.getGroupCode())).toList();
  }

  public List<SubProcessor> getGroupB() {
    return all.stream().filter(s -> "B".equals(s.getGroupCode())).toList();
  }

  public List<DataLocation> getHosting() {
    return locations.stream().filter(l -> "HOSTING".equals(l.getScope())).toList();
  }

  public List<DataLocation> getBackups() {
    return locations.stream().filter(l -> "BACKUP".equals(l.getScope())).toList();
  }

  public String purpose(SubProcessor s) {
    return s.purpose(locale());
  }

  public String dataShared(SubProcessor s) {
    return s.dataShared(locale());
  }

  public String location(SubProcessor s) {
    return s.location(locale());
  }

  public String region(DataLocation l) {
    return l.region(locale());
  }

  public String note(DataLocation l) {
    return l.note(locale());
  }

  private Locale locale() {
    return locale.getLocale();
  }
}
