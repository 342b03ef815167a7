package com.genuka.privacy.portal.web;

import com.genuka.privacy.platform.control.TextInput;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@link TextInput}'s rule at the door, for what no page's validator sees: the address and its
 * parameters on every request (a link's token, an id), and the whole form of every request that is
 * not a page's (the REST API, the unsubscribe and download addresses). A page's own form fields are
 * left to {@link TextInputValidator}, which names the field. A refusal is a 400: the API's JSON in
 * the caller's language, or the portal's error page saying what was wrong.
 */
@WebFilter(filterName = "TextInputFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TextInputFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute that tells the 400 page why. */
  public static final String REASON = "genuka.error.reason";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (acceptable(req)) {
      chain.doFilter(req, res);
      return;
    }
    String key = "input.error.request";
    if (req.getServletPath().startsWith("/api/") || "/api".equals(req.getServletPath())) {
      Locale locale = Locale.forLanguageTag(Languages.resolve(req));
      res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      res.setContentType("application/json;charset=UTF-8");
      res.getWriter().write(Json.createObjectBuilder().add("error", TextInput.MESSAGE_KEY)
          .add("message", Messages.text(locale, key)).build().toString());
      return;
    }
    req.setAttribute(REASON, key);
    res.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  private static boolean acceptable(HttpServletRequest req) {
    if (!TextInput.acceptable(decodePath(req.getRequestURI()), false)) {
      return false;
    }
    if (!queryAcceptable(req.getQueryString())) {
      return false;
    }
    String path = req.getServletPath() == null ? "" : req.getServletPath();
    boolean page = path.endsWith(".xhtml");
    String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
    if (page || type.startsWith("multipart/")) {
      return true;
    }
    for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
      if (!TextInput.acceptable(p.getKey(), false)) {
        return false;
      }
      for (String v : p.getValue()) {
        if (!TextInput.acceptable(v, true)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The query string as the application will read it; a malformed escape is refused too. */
  static boolean queryAcceptable(String query) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    try {
      for (String pair : query.split("&")) {
        if (!TextInput.acceptable(URLDecoder.decode(pair, StandardCharsets.UTF_8), true)) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  static String decodePath(String uri) {
    if (uri == null || uri.indexOf('%') < 0) {
      return uri;
    }
    try {
      return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return "\u0000";
    }
  }
}
