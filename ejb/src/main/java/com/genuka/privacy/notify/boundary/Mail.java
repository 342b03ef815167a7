package com.genuka.privacy.notify.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An e-mail to queue: which template ({@code kind}), to whom, in which language, with the values
 * its placeholders need. Values are shown as given: format dates for the recipient's language
 * before passing them (see {@link com.genuka.privacy.notify.control.MailFormat}).
 */
public record Mail(
    String kind,
    String to,
    String locale,
    Map<String, String> params,
    Long requestId,
    String subjectRef,
    String listUnsubscribe) {

  public Mail {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public static Mail of(String kind, String to, String locale) {
    return new Mail(kind, to, "en".equals(locale) ? "en" : "fr", Map.of(), null, null, null);
  }

  public Mail param(String name, Object value) {
    Map<String, String> next = new LinkedHashMap<>(params);
    next.put(name, value == null ? "" : value.toString());
    return new Mail(kind, to, locale, next, requestId, subjectRef, listUnsubscribe);
  }

  /** Links the message to a request, so that the request's page and the outbox show it. */
  public Mail request(Long id) {
    return new Mail(kind, to, locale, params, id, subjectRef, listUnsubscribe);
  }

  /** The pseudonymous reference of the person it concerns, so that erasure can find it. */
  public Mail subject(String ref) {
    return new Mail(kind, to, locale, params, requestId, ref, listUnsubscribe);
  }

  /** Marketing mail: the RFC 8058 one-click unsubscribe address. */
  public Mail listUnsubscribe(String url) {
    return new Mail(kind, to, locale, params, requestId, subjectRef, url);
  }
}
