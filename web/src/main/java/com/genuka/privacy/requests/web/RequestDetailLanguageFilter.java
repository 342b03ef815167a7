package com.genuka.privacy.requests.web;

import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.portal.web.Languages;
import com.genuka.privacy.requests.boundary.RequestDetail;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin API's requests speak the caller's language, as its pages and its errors do: a step's
 * note stored as a message key ({@code history.note.login}) or as data (a logged request's channel
 * and moment) is written out, never sent raw. The answer keeps every field of
 * {@link RequestDetail}; only {@code history[].note} is rendered, by {@link RequestNotes}.
 */
@Provider
public class RequestDetailLanguageFilter implements ContainerResponseFilter {

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext in, ContainerResponseContext out) {
    if (out.getEntity() instanceof RequestDetail detail) {
      out.setEntity(rendered(detail, Locale.forLanguageTag(Languages.resolve(request))),
          out.getEntityAnnotations(), out.getMediaType());
    }
  }

  private Map<String, Object> rendered(RequestDetail detail, Locale locale) {
    Map<String, Object> json = fields(detail);
    java.time.ZoneId zone = CDI.current().select(PortalClock.class).get().zone();
    List<Map<String, Object>> history = new ArrayList<>();
    for (RequestDetail.Event e : detail.history()) {
      Map<String, Object> step = fields(e);
      String note = RequestNotes.text(e, locale, zone);
      if (note == null) {
        step.remove("note");
      } else {
        step.put("note", note);
      }
      history.add(step);
    }
    json.put("history", history);
    return json;
  }

  /**
   * A record's properties as JSON-B writes them: its components in order, then its boolean
   * {@code isX()} properties; null values left out.
   */
  private static Map<String, Object> fields(Record r) {
    Map<String, Object> m = new LinkedHashMap<>();
    try {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        put(m, c.getName(), c.getAccessor().invoke(r));
      }
      for (java.lang.reflect.Method method : r.getClass().getMethods()) {
        String name = method.getName();
        if (name.startsWith("is") && name.length() > 2 && method.getParameterCount() == 0
            && method.getReturnType() == boolean.class && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
          put(m, Character.toLowerCase(name.charAt(2)) + name.substring(3), method.invoke(r));
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(r.getClass().getName(), e);
    }
    return m;
  }

  private static void put(Map<String, Object> m, String name, Object value) {
    if (value != null && !m.containsKey(name)) {
      m.put(name, value);
    }
  }
}
