package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.entity.Role;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** After login, each role lands on its own page. */
@WebServlet(name = "HomeServlet", urlPatterns = "/home")
public class HomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendRedirect(req.getContextPath() + landing(req));
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
