package com.genuka.privacy.accounts.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The login page's two doors.
 *
 * <ul>
 *   <li>A protected page opened without a session: the container forwards here (see
 *       {@link SecurityConfiguration}); the person is sent on to {@code /login.xhtml?next=<that
 *       page>}, so that the login takes them back to it — a request's link from an e-mail opens
 *       the request, not the account page.
 *   <li>The login page opened by someone already logged in: the container does not authenticate the
 *       login page itself, and the page would then touch a session that belongs to the logged-in
 *       person (Liberty refuses that with a 500). They are sent to their home page instead.
 * </ul>
 */
@WebFilter(filterName = "LoginPageFilter", urlPatterns = "/login.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LoginPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String ctx = req.getContextPath();
    if (req.getDispatcherType() == DispatcherType.FORWARD) {
      String next = DeepLinks.fromRequest((String) req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI),
          (String) req.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING), ctx);
      res.sendRedirect(ctx + "/login.xhtml"
          + (next == null ? "" : "?" + DeepLinks.PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
      return;
    }
    if (loggedIn(req)) {
      res.sendRedirect(ctx + "/home");
      return;
    }
    chain.doFilter(req, res);
  }

  /** Someone is logged in: the container says so, or the session is owned by a logged-in person. */
  static boolean loggedIn(HttpServletRequest req) {
    if (req.getUserPrincipal() != null) {
      return true;
    }
    try {
      req.getSession(false);
      return false;
    } catch (RuntimeException sessionOfAnotherUser) {
      // com.ibm.websphere.servlet.session.UnauthorizedSessionRequestException: the session is the
      // logged-in person's, this request is not authenticated (the login page never is)
      return true;
    }
  }
}
