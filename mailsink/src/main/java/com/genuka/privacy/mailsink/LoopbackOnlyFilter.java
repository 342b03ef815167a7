package com.genuka.privacy.mailsink;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The mailbox holds every link the portal sent (downloads of a person's whole data among them): it
 * answers only the machine it runs on. The decision rests on the address of the connection's other
 * end, never on a header a client writes; a request that names a forwarding header came through a
 * proxy, so from somewhere else, and is refused too. Everyone else gets 403.
 */
@WebFilter(filterName = "LoopbackOnlyFilter", urlPatterns = "/*")
public class LoopbackOnlyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Headers by which a proxy names the client it forwards (and Liberty's private one). */
  static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
      "X-Real-IP", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "$WSRA");

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.%\\[\\]]+");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!allows(req.getRemoteAddr(), name -> req.getHeader(name) != null)) {
      byte[] body = ("Boîte de réception locale : réservée à cette machine (localhost).\n"
          + "Local mailbox: open only to this machine (localhost).\n").getBytes(StandardCharsets.UTF_8);
      res.setStatus(HttpServletResponse.SC_FORBIDDEN);
      res.setContentType("text/plain;charset=UTF-8");
      res.setHeader("Cache-Control", "no-store");
      res.setContentLength(body.length);
      res.getOutputStream().write(body);
      return;
    }
    chain.doFilter(req, res);
  }

  /** Whether a connection from {@code remoteAddress} carrying these headers may read the mailbox. */
  static boolean allows(String remoteAddress, Predicate<String> hasHeader) {
    return isLoopback(remoteAddress) && FORWARDING_HEADERS.stream().noneMatch(hasHeader);
  }

  /** A loopback IP literal (127.0.0.0/8, ::1, ::ffff:127.x); a host name is never looked up. */
  static boolean isLoopback(String address) {
    if (address == null || address.isEmpty() || !IP_LITERAL.matcher(address).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
