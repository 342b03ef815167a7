package com.genuka.privacy.platform.web;

import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.portal.web.Languages;
import com.genuka.privacy.portal.web.Messages;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * The REST API's answer to a mistake a caller can fix: a JSON body whose message is in the
 * caller's language, the status saying what kind of mistake, and nothing changed.
 */
@Provider
public class UserFacingExceptionMapper implements ExceptionMapper<UserFacingException> {

  private static final Set<String> CONFLICTS = Set.of("request.illegalTransition", "error.concurrentChange",
      "request.alreadyExtended", "request.alreadyOpen", "request.notCancellable", "request.closed",
      "request.engineRunning", "request.engineFailed", "request.extensionTooLate");

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(UserFacingException e) {
    Locale locale = Locale.forLanguageTag(Languages.resolve(request));
    int status = e.getMessageKey().toLowerCase(Locale.ROOT).endsWith("notfound") ? 404 : CONFLICTS.contains(e.getMessageKey()) ? 409 : 400;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Json.createObjectBuilder()
            .add("error", e.getMessageKey())
            .add("message", Messages.text(locale, e.getMessageKey(), e.getArguments()))
            .build().toString())
        .build();
  }
}
