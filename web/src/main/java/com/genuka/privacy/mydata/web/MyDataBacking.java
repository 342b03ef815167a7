package com.genuka.privacy.mydata.web;

import com.genuka.privacy.mydata.boundary.MyData;
import com.genuka.privacy.mydata.boundary.MyDataViews.BackupRow;
import com.genuka.privacy.mydata.boundary.MyDataViews.Overview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** "My data": every category held about the customer and their company, with how much of each. */
@Named
@RequestScoped
public class MyDataBacking {

  @EJB MyData myData;

  private Overview overview;
  private List<BackupRow> inBackups;

  @PostConstruct
  void load() {
    overview = myData.overview();
    inBackups = myData.inBackups(null);
  }

  public Overview getOverview() {
    return overview;
  }

  public List<BackupRow> getInBackups() {
    return inBackups;
  }
}
