package com.genuka.privacy.consent.web;

import com.genuka.privacy.consent.boundary.ConsentViews.UnsubscribeOutcome;
import com.genuka.privacy.consent.boundary.Unsubscribe;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address every marketing e-mail names in its List-Unsubscribe header (RFC 8058), also its
 * visible link. POST unsubscribes at once, without login or CSRF token (the unguessable token is
 * the key), and is idempotent; a mail client's one-click POST gets a plain 200, a browser goes on to
 * the confirmation page. GET never changes anything (link scanners follow links): it shows the
 * page with the button that POSTs.
 */
@WebServlet(name = "UnsubscribeServlet", urlPatterns = "/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB Unsubscribe unsubscribe;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    req.getRequestDispatcher("/unsubscribe.xhtml").forward(req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String token = req.getParameter("t");
    UnsubscribeOutcome outcome = unsubscribe.unsubscribe(token);
    boolean oneClick = "One-Click".equals(req.getParameter("List-Unsubscribe"));
    if (oneClick) {
      resp.setContentType("text/plain;charset=UTF-8");
      resp.setStatus(outcome == UnsubscribeOutcome.UNKNOWN_LINK ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK);
      resp.getWriter().write(outcome == UnsubscribeOutcome.UNKNOWN_LINK ? "Unknown link\n" : "Unsubscribed\n");
      return;
    }
    String back = req.getContextPath() + "/unsubscribe?t=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8)
        + "&done=" + outcome.name();
    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    resp.setHeader("Location", back);
  }
}
