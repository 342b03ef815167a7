package com.genuka.privacy.portal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * An error page answers with the status of its error, however it is reached: by the container
 * (a 404 forwarded to it), or by the redirect that {@link PortalExceptionHandler} sends after a
 * failure in a page, which would otherwise end in a "200 OK" that monitors, crawlers and clients
 * take for a success.
 */
@WebFilter(filterName = "ErrorStatusFilter", urlPatterns = "/error/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ErrorStatusFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** A view that expired is a form the server can no longer accept: the client's request, 400. */
  static final Map<String, Integer> STATUS = Map.of(
      "/error/400.xhtml", HttpServletResponse.SC_BAD_REQUEST,
      "/error/403.xhtml", HttpServletResponse.SC_FORBIDDEN,
      "/error/404.xhtml", HttpServletResponse.SC_NOT_FOUND,
      "/error/500.xhtml", HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
      "/error/expired.xhtml", HttpServletResponse.SC_BAD_REQUEST);

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Integer status = STATUS.get(req.getServletPath());
    if (status != null && req.getDispatcherType() != DispatcherType.ERROR) {
      // (on the container's own error dispatch the status is already the error's: 405 stays 405)
      res.setStatus(status);
    }
    chain.doFilter(req, res);
  }
}
