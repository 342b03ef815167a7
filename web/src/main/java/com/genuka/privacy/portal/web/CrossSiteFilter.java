package com.genuka.privacy.portal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Pages and servlets refuse a form posted from another origin (403 page). Faces forms carry the
 * server-side view state, which another site cannot read, so a forged post already fails; this
 * refuses it before any of it is read, and covers the plain servlets (log out). A post with
 * neither {@code Origin} nor {@code Referer} goes on (old browsers; the view state still guards
 * it). The REST API has its own, stricter door ({@code ApiGuardFilter}, JSON answers).
 *
 * <p>Two addresses take posts from elsewhere on purpose, their unguessable token being the key:
 * {@code /unsubscribe} (mail clients' one-click POST, RFC 8058) and {@code /download/<token>}.
 */
@WebFilter(filterName = "CrossSiteFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private String publicUrl;

  @Override
  public void init() {
    publicUrl = ConfigProvider.getConfig().getOptionalValue("genuka.public-url", String.class).orElse(null);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SameOrigin.changesState(req.getMethod()) && !exempt(req.getServletPath())
        && SameOrigin.judge(req, publicUrl) == SameOrigin.Verdict.FOREIGN) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean exempt(String servletPath) {
    return servletPath.equals("/api") || servletPath.startsWith("/api/") || servletPath.equals("/unsubscribe")
        || servletPath.equals("/download") || servletPath.startsWith("/download/");
  }
}
