package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.entity.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The page a person asked for before the login page, to go back to once logged in (a request's
 * link from an e-mail, for one). Only a path of this site is ever followed, never an address that
 * leads elsewhere ({@code //host}, {@code /\host}, {@code https://host}, encoded line breaks), and
 * only into the area of the person's role: an admin who opened a customer's link lands on their own
 * home, not on a refusal.
 */
public final class DeepLinks {

  /** The query parameter (and hidden field of the login form) that carries the path. */
  public static final String PARAMETER = "next";

  private static final int MAX_LENGTH = 2000;

  private DeepLinks() {}

  /**
   * {@code next} if it is a path of this site worth returning to (relative to the context root,
   * starting with one slash), else null.
   */
  public static String safePath(String next) {
    if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/') {
      return null;
    }
    if (next.startsWith("//") || next.indexOf('\\') >= 0) {
      return null;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return null;
      }
    }
    URI uri;
    try {
      uri = new URI(next);
    } catch (URISyntaxException e) {
      return null;
    }
    String path = uri.getPath();
    if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
        || path.startsWith("//") || uri.getRawFragment() != null) {
      return null;
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
        return null;
      }
    }
    String normal = uri.normalize().getPath();
    if (normal.contains("..") || !normal.equals(path)) {
      return null;
    }
    String p = path.toLowerCase(Locale.ROOT);
    if (p.equals("/login.xhtml") || p.equals("/logout") || p.equals("/home") || p.startsWith("/api/")
        || p.startsWith("/error/") || p.startsWith("/jakarta.faces.resource/") || p.startsWith("/web-inf/")
        || p.startsWith("/meta-inf/") || p.contains("/.")) {
      return null;
    }
    return next;
  }

  /** The original request's path and query, relative to the context root, if worth returning to. */
  public static String fromRequest(String requestUri, String queryString, String contextPath) {
    if (requestUri == null) {
      return null;
    }
    String ctx = contextPath == null ? "" : contextPath;
    if (!requestUri.startsWith(ctx)) {
      return null;
    }
    String path = requestUri.substring(ctx.length());
    return safePath(queryString == null || queryString.isEmpty() ? path : path + "?" + queryString);
  }

  /** Whether a person with these roles may open {@code path} (a safe path): the role's own area only. */
  public static boolean opensFor(String path, Predicate<String> inRole) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.startsWith("/admin/")) {
      return inRole.test(Role.ADMIN_NAME);
    }
    if (p.startsWith("/hr/")) {
      return inRole.test(Role.HR_NAME);
    }
    if (p.startsWith("/customer/")) {
      return inRole.test(Role.CUSTOMER_NAME);
    }
    return true;
  }
}
