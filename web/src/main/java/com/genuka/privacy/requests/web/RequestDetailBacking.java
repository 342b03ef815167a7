package com.genuka.privacy.requests.web;

import com.genuka.privacy.mydata.web.NotFound;
import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.CustomerRequests;
import com.genuka.privacy.requests.boundary.CustomerRequests.MyRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * One of the customer's requests ({@code ?id=}): its state, due date, history and export files.
 * An id that is not the caller's, whoever's it is, is a 404.
 */
@Named
@RequestScoped
public class RequestDetailBacking {

  @EJB CustomerRequests requests;

  private String id;
  private MyRequest request;

  public void load() {
    long requestId = NotFound.id(id);
    try {
      if (requestId < 0) {
        throw new UserFacingException("myrequests.error.notFound");
      }
      request = requests.one(requestId);
    } catch (UserFacingException e) {
      NotFound.send();
    }
  }

  public MyRequest getRequest() {
    return request;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
