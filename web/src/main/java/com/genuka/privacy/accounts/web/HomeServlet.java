package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.entity.Role;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * After login, each role lands on its own page, or on the page asked for before the login
 * ({@code ?next=}, see {@link DeepLinks}) when it is a path of this site in the person's area.
 */
@WebServlet(name = "HomeServlet", urlPatterns = "/home")
public class HomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String landing = landing(req);
    String next = DeepLinks.safePath(req.getParameter(DeepLinks.PARAMETER));
    if (!landing.equals("/login.xhtml") && next != null && DeepLinks.opensFor(next, req::isUserInRole)) {
      // back to the page asked for before the login
      resp.sendRedirect(req.getContextPath() + next);
      return;
    }
    if (landing.equals("/login.xhtml") && LoginPageFilter.loggedIn(req)) {
      // a session that belongs to someone whose login is no longer recognised: forget it, or the
      // login page would send back here
      Cookie forget = new Cookie(sessionCookie(req), "");
      forget.setPath("/");
      forget.setMaxAge(0);
      forget.setHttpOnly(true);
      resp.addCookie(forget);
      landing = "/login.xhtml?expired=true";
    }
    resp.sendRedirect(req.getContextPath() + landing);
  }

  private static String sessionCookie(HttpServletRequest req) {
    String name = req.getServletContext().getSessionCookieConfig().getName();
    return name == null || name.isBlank() ? "GENUKA_SESSION" : name;
  }

  static String landing(HttpServletRequest req) {
    if (req.isUserInRole(Role.ADMIN_NAME)) {
      return "/admin/requests.xhtml";
    }
    if (req.isUserInRole(Role.HR_NAME)) {
      return "/hr/candidates.xhtml";
    }
    if (req.isUserInRole(Role.CUSTOMER_NAME)) {
      return "/customer/account.xhtml";
    }
    return "/login.xhtml";
  }
}
