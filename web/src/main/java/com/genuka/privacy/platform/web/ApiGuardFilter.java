package com.genuka.privacy.platform.web;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.portal.web.Languages;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.portal.web.SameOrigin;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The door of the REST API (/api/*). A JSON API answers in JSON, never with a page or a redirect:
 *
 * <ul>
 *   <li>a role's API ({@code /api/admin/*}, {@code /api/hr/*}, {@code /api/customer/*}) answers an
 *       anonymous caller 401 and a caller of another role 403 (web.xml leaves /api/* to this filter:
 *       its constraints would send the login page's 302 and the HTML 403 page);
 *   <li>a request that changes something (POST, PUT, DELETE, PATCH) must come from the portal's own
 *       pages: its {@code Origin} (or, without one, its {@code Referer}) must be the portal's, and a
 *       tool that sends neither must send {@code X-Requested-With}, which no other site's page can
 *       add without a CORS permission the portal never gives. Anything else is a cross-site
 *       request forgery and gets 403.
 * </ul>
 *
 * Every refusal is {@code {"error": key, "message": text}} in the caller's language (language
 * switch, then the browser's). The EJB boundaries check the roles again.
 */
@WebFilter(filterName = "ApiGuardFilter", urlPatterns = "/api/*")
public class ApiGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The header a non-browser client sends when it sends neither Origin nor Referer. */
  public static final String TOOL_HEADER = "X-Requested-With";

  private String publicUrl;

  @Override
  public void init() {
    publicUrl = ConfigProvider.getConfig().getOptionalValue("genuka.public-url", String.class).orElse(null);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String role = requiredRole(req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo()));
    if (role != null) {
      if (req.getUserPrincipal() == null) {
        res.setHeader("WWW-Authenticate", "FormBased realm=\"Genuka\"");
        refuse(req, res, HttpServletResponse.SC_UNAUTHORIZED, "api.loginRequired");
        return;
      }
      if (!req.isUserInRole(role)) {
        refuse(req, res, HttpServletResponse.SC_FORBIDDEN, "api.forbidden");
        return;
      }
    }
    if (SameOrigin.changesState(req.getMethod())) {
      SameOrigin.Verdict verdict = SameOrigin.judge(req, publicUrl);
      if (verdict == SameOrigin.Verdict.FOREIGN
          || (verdict == SameOrigin.Verdict.UNKNOWN && req.getHeader(TOOL_HEADER) == null)) {
        refuse(req, res, HttpServletResponse.SC_FORBIDDEN, "api.crossSite");
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** The role a path of the API needs, or null for the open registers (and the test hooks' own guard). */
  static String requiredRole(String path) {
    // as the API's router reads it: without path parameters (";x=1") or doubled slashes
    String p = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    if (p.startsWith("/api/admin/") || p.equals("/api/admin")) {
      return Role.ADMIN_NAME;
    }
    if (p.startsWith("/api/hr/") || p.equals("/api/hr")) {
      return Role.HR_NAME;
    }
    if (p.startsWith("/api/customer/") || p.equals("/api/customer")) {
      return Role.CUSTOMER_NAME;
    }
    return null;
  }

  private static void refuse(HttpServletRequest req, HttpServletResponse res, int status, String key) throws IOException {
    Locale locale = Locale.forLanguageTag(Languages.resolve(req));
    byte[] body = Json.createObjectBuilder()
        .add("error", key)
        .add("message", Messages.text(locale, key))
        .build().toString().getBytes(StandardCharsets.UTF_8);
    res.setStatus(status);
    res.setContentType("application/json;charset=UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
