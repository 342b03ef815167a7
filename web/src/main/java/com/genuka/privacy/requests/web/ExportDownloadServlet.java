package com.genuka.privacy.requests.web;

import com.genuka.privacy.platform.control.UserFacingException;
import com.genuka.privacy.requests.boundary.CustomerRequests;
import com.genuka.privacy.requests.boundary.CustomerRequests.ExportToSend;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Downloads a finished export ({@code /customer/export?request=&file=}), only for the request's
 * subject, only while the file is ready and not expired (R-T9). Under /customer/, so the container
 * asks for a customer's login first; anything not theirs is a 404, an expired link says so.
 */
@WebServlet(name = "ExportDownloadServlet", urlPatterns = "/customer/export")
public class ExportDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB CustomerRequests requests;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long requestId = parse(req.getParameter("request"));
    long fileId = parse(req.getParameter("file"));
    ExportToSend file;
    try {
      if (requestId < 0 || fileId < 0) {
        throw new UserFacingException("myrequests.error.notFound");
      }
      file = requests.download(requestId, fileId);
    } catch (UserFacingException e) {
      if ("myrequests.error.expired".equals(e.getMessageKey())) {
        resp.sendRedirect(req.getContextPath() + "/customer/request.xhtml?id=" + requestId + "&expired=true");
      } else {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    resp.setContentType(file.fileName().endsWith(".zip") ? "application/zip" : "application/octet-stream");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    if (file.sha256() != null) {
      resp.setHeader("X-Content-SHA256", file.sha256());
    }
    long size = Files.size(file.path());
    resp.setContentLengthLong(size);
    Files.copy(file.path(), resp.getOutputStream());
  }

  private static long parse(String text) {
    try {
      long v = Long.parseLong(text == null ? "" : text);
      return v > 0 ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
