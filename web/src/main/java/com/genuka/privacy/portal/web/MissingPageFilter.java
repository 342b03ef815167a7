package com.genuka.privacy.portal.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An address that names no page gets the 404 page before Faces is involved. Left to Mojarra, the
 * missing view is answered with {@code sendError} from inside its lifecycle; Liberty renders the
 * error page (itself a Faces view) within that call, and the outer request then fails on the
 * FacesContext the inner one released: the visitor saw the right page, but every mistyped address
 * left an incident in the log.
 */
@WebFilter(filterName = "MissingPageFilter", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class MissingPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath();
    // Scripts and styles are Faces resources behind the same suffix (/jakarta.faces.resource/x.js.xhtml).
    if (!path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/") && req.getServletContext().getResource(path) == null) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(req, res);
  }
}
