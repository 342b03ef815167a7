package com.genuka.privacy.platform.web;

import com.genuka.privacy.portal.web.Languages;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The REST API's answer to everything {@link UserFacingExceptionMapper} does not cover: a malformed
 * parameter, an unknown address, a refused role, a concurrent change or our own failure. Always a
 * JSON body in the caller's language, never a stack trace; our failures are logged with the
 * incident number the body gives.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    if (thrown instanceof WebApplicationException wae && wae.getResponse().getStatus() < 400) {
      return wae.getResponse();
    }
    if (thrown instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      return answer(status, status == 403 || status == 404 ? "error." + status + ".text" : "error.400.text", null);
    }
    if (find(thrown, EJBAccessException.class) || find(thrown, SecurityException.class)) {
      return answer(403, "error.403.text", null);
    }
    if (find(thrown, OptimisticLockException.class)) {
      return answer(409, "error.concurrentChange", null);
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getMethod() + " " + request.getRequestURI(), thrown);
    return answer(500, "error.500.text", incident);
  }

  private Response answer(int status, String key, String incident) {
    Locale locale = Locale.forLanguageTag(Languages.resolve(request));
    var body = Json.createObjectBuilder()
        .add("error", status == 500 ? "error.500" : key)
        .add("message", Messages.text(locale, key));
    if (incident != null) {
      body.add("incident", incident);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body.build().toString()).build();
  }

  private static boolean find(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
