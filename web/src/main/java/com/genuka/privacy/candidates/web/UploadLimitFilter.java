package com.genuka.privacy.candidates.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * An upload far over the limit is answered before the container parses it: the body is read and
 * thrown away (so the browser gets the answer instead of a broken connection), and HR is sent back
 * to the page it came from with the reason. Nothing of the file is kept anywhere.
 */
@WebFilter(filterName = "UploadLimitFilter", urlPatterns = "/hr/*")
public class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  /** Room for the form's other fields and the multipart framing. */
  private static final long MARGIN = 256 * 1024;
  private static final long DRAIN_AT_MOST = 64L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "genuka.candidates.max-document-bytes", defaultValue = "5242880")
  long maxBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    long length = req.getContentLengthLong();
    if ("POST".equals(req.getMethod()) && type != null && type.toLowerCase().startsWith("multipart/")
        && length > maxBytes + MARGIN) {
      if (length <= DRAIN_AT_MOST) {
        try (InputStream in = req.getInputStream()) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      res.sendRedirect(back(req));
      return;
    }
    chain.doFilter(req, res);
  }

  /** The page the upload came from (same site only), marked so that it shows why nothing was kept. */
  static String back(HttpServletRequest req) {
    String fallback = req.getContextPath() + "/hr/candidates.xhtml?upload=tooLarge";
    String referer = req.getHeader("Referer");
    if (referer == null) {
      return fallback;
    }
    try {
      URI uri = URI.create(referer);
      String path = uri.getRawPath();
      if (path == null || !path.startsWith(req.getContextPath() + "/hr/")) {
        return fallback;
      }
      String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)upload=[^&]*", "");
      query = query.startsWith("&") ? query.substring(1) : query;
      return path + "?" + (query.isEmpty() ? "" : query + "&") + "upload=tooLarge";
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
