package com.genuka.privacy.accounts.web;

import com.genuka.privacy.browsing.boundary.VisitRecorder;
import com.genuka.privacy.portal.web.Languages;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logs out: ends the container's authentication, deletes the server-side session record and the
 * session itself. POST only, so that a link on another site cannot log someone out.
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB VisitRecorder visits;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    String language = Languages.resolve(req);
    HttpSession session = req.getSession(false);
    if (session != null) {
      visits.end(session.getId());
    }
    req.logout();
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // logout() may already have ended it
      }
    }
    req.getSession(true).setAttribute(Languages.SESSION_ATTRIBUTE, language);
    resp.sendRedirect(req.getContextPath() + "/login.xhtml?loggedOut=true");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
