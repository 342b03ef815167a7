package com.genuka.privacy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The test hooks exist only where {@code genuka.test-hooks=true} (the integration-test build) and
 * answer only to loopback; anywhere else they are a 404.
 */
@ApplicationScoped
public class TestHookGuard {

  @Inject
  @ConfigProperty(name = "genuka.test-hooks", defaultValue = "false")
  boolean enabled;

  public void check(HttpServletRequest request) {
    if (!enabled || !isLoopback(request.getRemoteAddr())) {
      throw new NotFoundException();
    }
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
