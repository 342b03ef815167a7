package com.genuka.privacy.export.web;

import com.genuka.privacy.export.boundary.Download;
import com.genuka.privacy.export.boundary.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Streams generated files (access copies, company exports, erasure receipts) from disk, never
 * holding one in memory.
 *
 * <ul>
 *   <li>{@code /customer/download/<key>}: the logged-in owner (the container asks for the login);
 *   <li>{@code /download/<token>}: a single-use link from an e-mail. Opening it shows a page; the
 *       page's button (a POST) downloads and uses the link up, so that mail scanners that open
 *       links do not burn them.
 * </ul>
 *
 * An expired, used or unknown link gets a page in the person's language, never a stack trace.
 */
@WebServlet(name = "DownloadServlet", urlPatterns = {"/download/*", "/customer/download/*"})
public class DownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String LINK_PAGE = "/link.xhtml";

  @EJB transient Downloads downloads;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
    String secret = secret(req);
    if (req.getServletPath().startsWith("/customer")) {
      send(req, res, downloads.byKey(secret));
      return;
    }
    Downloads.LinkState state = downloads.peek(secret);
    req.setAttribute("linkState", state);
    req.setAttribute("linkAction", req.getContextPath() + "/download/" + (secret == null ? "" : secret));
    res.setStatus(status(state.outcome()));
    req.getRequestDispatcher(LINK_PAGE).forward(req, res);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
    if (req.getServletPath().startsWith("/customer")) {
      res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    send(req, res, downloads.byToken(secret(req)));
  }

  private void send(HttpServletRequest req, HttpServletResponse res, Download d) throws ServletException, IOException {
    if (d.outcome() != Download.Outcome.OK) {
      req.setAttribute("linkState", new Downloads.LinkState(d.outcome(), null, 0, null));
      res.setStatus(status(d.outcome()));
      req.getRequestDispatcher(LINK_PAGE).forward(req, res);
      return;
    }
    res.setContentType(d.contentType());
    long size = Files.size(d.path());
    res.setContentLengthLong(size);
    res.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''" + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    res.setHeader("Cache-Control", "no-store");
    if (d.sha256() != null) {
      res.setHeader("X-Content-SHA256", d.sha256());
    }
    try (OutputStream out = res.getOutputStream()) {
      Files.copy(d.path(), out);
    }
  }

  private static String secret(HttpServletRequest req) {
    String info = req.getPathInfo();
    return info == null || info.length() < 2 ? null : info.substring(1);
  }

  static int status(Download.Outcome outcome) {
    return switch (outcome) {
      case OK -> HttpServletResponse.SC_OK;
      case EXPIRED, USED -> HttpServletResponse.SC_GONE;
      case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
      case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
    };
  }
}
