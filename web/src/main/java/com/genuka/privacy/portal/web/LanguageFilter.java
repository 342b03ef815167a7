package com.genuka.privacy.portal.web;

import com.genuka.privacy.accounts.boundary.AccountService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The language switch: any page opened with {@code ?lang=fr} or {@code ?lang=en} remembers the
 * choice (session, a one-year cookie and, for a logged-in person, their account, which also sets
 * the language of their e-mails), then reloads the page without the parameter.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @EJB AccountService accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String chosen = "GET".equals(req.getMethod()) ? Languages.normalise(req.getParameter("lang")) : null;
    if (chosen == null) {
      chain.doFilter(req, res);
      return;
    }
    req.getSession().setAttribute(Languages.SESSION_ATTRIBUTE, chosen);
    Cookie cookie = new Cookie(Languages.COOKIE, chosen);
    cookie.setMaxAge(ONE_YEAR);
    cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    res.addCookie(cookie);
    if (req.getUserPrincipal() != null) {
      accounts.rememberLocale(chosen);
    }
    res.sendRedirect(withoutLang(req));
  }

  static String withoutLang(HttpServletRequest req) {
    StringBuilder url = new StringBuilder(Languages.localPath(req.getRequestURI()));
    String sep = "?";
    for (var e : req.getParameterMap().entrySet()) {
      if ("lang".equals(e.getKey())) {
        continue;
      }
      for (String v : e.getValue()) {
        url.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        sep = "&";
      }
    }
    return url.toString();
  }
}
