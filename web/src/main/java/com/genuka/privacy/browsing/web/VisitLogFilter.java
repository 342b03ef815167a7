package com.genuka.privacy.browsing.web;

import com.genuka.privacy.browsing.boundary.Visit;
import com.genuka.privacy.browsing.boundary.VisitRecorder;
import com.genuka.privacy.browsing.control.UserAgents;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records each page view in the passive browser log, as the policy describes it (IP address, date
 * and time, browser version and platform, referring page, language and country), and keeps the
 * server-side record of a logged-in session. A session whose record the R-T4 sweep removed, or
 * that reached three months, is ended here. Static resources and the API are not logged.
 */
@WebFilter(filterName = "VisitLogFilter", urlPatterns = {"*.xhtml", "/"})
public class VisitLogFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(VisitLogFilter.class.getName());
  private static final String REGISTERED = "genuka.session.registered";
  private static final String LAST_TOUCH = "genuka.session.touched";
  /** Activity is written at most this often per session. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @EJB VisitRecorder recorder;

  @Inject PortalClock clock;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getRequestURI().contains("/jakarta.faces.resource/")) {
      chain.doFilter(req, res);
      return;
    }
    Long userId = accountId(req.getUserPrincipal());
    if (userId != null && !sessionStillValid(req, userId)) {
      req.logout();
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      res.sendRedirect(req.getContextPath() + "/login.xhtml?expired=true");
      return;
    }
    chain.doFilter(req, res);
    if ("GET".equals(req.getMethod())) {
      record(req, userId);
    }
  }

  private boolean sessionStillValid(HttpServletRequest req, long userId) {
    HttpSession session = req.getSession(true);
    Instant now = clock.now();
    Object last = session.getAttribute(LAST_TOUCH);
    if (last instanceof Instant t && Duration.between(t, now).compareTo(TOUCH_EVERY) < 0) {
      return true;
    }
    boolean known = Boolean.TRUE.equals(session.getAttribute(REGISTERED));
    boolean alive = recorder.touch(session.getId(), userId, known, req.getRemoteAddr(), req.getHeader("User-Agent"));
    session.setAttribute(REGISTERED, Boolean.TRUE);
    session.setAttribute(LAST_TOUCH, now);
    return alive;
  }

  private void record(HttpServletRequest req, Long userId) {
    try {
      String ua = req.getHeader("User-Agent");
      recorder.record(new Visit(userId, clock.now(), req.getRemoteAddr(), UserAgents.browser(ua),
          UserAgents.platform(ua), req.getHeader("Referer"), req.getHeader("Accept-Language"),
          UserAgents.country(req.getHeader("CF-IPCountry"), req.getLocale()), req.getRequestURI()));
    } catch (RuntimeException e) {
      // The log must never cost a person their page.
      LOG.log(Level.WARNING, "Could not record a page view", e);
    }
  }

  static Long accountId(Principal principal) {
    if (principal == null) {
      return null;
    }
    try {
      return Long.parseLong(principal.getName());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
