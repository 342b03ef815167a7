package com.genuka.privacy.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a state-changing request comes from a page of the portal itself (CSRF defence, OWASP's
 * "verifying origin with standard headers"). Browsers send {@code Origin} with every POST, PUT and
 * DELETE; where it is missing, {@code Referer} names the page that sent the request. A request from
 * another origin — another site, or the same host on another port or scheme ("same-site") — is
 * {@link Verdict#FOREIGN}; {@code Origin: null} (sandboxed frames, privacy redirects) too.
 */
public final class SameOrigin {

  /** What the headers say about where a request comes from. */
  public enum Verdict {
    /** From one of the portal's own origins. */
    SAME,
    /** From anywhere else, or from a page that hides its origin. */
    FOREIGN,
    /** Neither header was sent: not a browser's cross-site request, but nothing proves it either. */
    UNKNOWN
  }

  private SameOrigin() {}

  public static Verdict judge(String origin, String referer, Set<String> own) {
    if (origin != null && !origin.isBlank()) {
      String o = originOf(origin.trim());
      return o != null && own.contains(o) ? Verdict.SAME : Verdict.FOREIGN;
    }
    if (referer != null && !referer.isBlank()) {
      String o = originOf(referer.trim());
      return o != null && own.contains(o) ? Verdict.SAME : Verdict.FOREIGN;
    }
    return Verdict.UNKNOWN;
  }

  /** The request's verdict, its own origins being the public address and the one it was sent to. */
  public static Verdict judge(HttpServletRequest req, String publicUrl) {
    return judge(req.getHeader("Origin"), req.getHeader("Referer"), ownOrigins(req, publicUrl));
  }

  /**
   * The origins the portal answers at: its configured public address (behind a proxy that ends TLS,
   * the scheme the browser sees) and the scheme and {@code Host} this request was sent to.
   */
  public static Set<String> ownOrigins(HttpServletRequest req, String publicUrl) {
    Set<String> own = new HashSet<>();
    String configured = publicUrl == null ? null : originOf(publicUrl);
    if (configured != null) {
      own.add(configured);
    }
    String host = req.getHeader("Host");
    if (host != null && !host.isBlank()) {
      String direct = originOf(req.getScheme() + "://" + host.trim());
      if (direct != null) {
        own.add(direct);
      }
    }
    return own;
  }

  /**
   * {@code scheme://host[:port]} of an absolute http(s) URL, lower case, without the scheme's
   * default port; null for anything else ("null", a relative path, garbage).
   */
  public static String originOf(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** GET, HEAD, OPTIONS and TRACE change nothing (and TRACE is refused by web.xml). */
  public static boolean changesState(String method) {
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
  }
}
