package com.genuka.privacy.it.engines;

import com.genuka.privacy.it.support.It;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The test server itself, for the one test that must kill it: the Liberty server this build
 * started ({@code genuka-it} under liberty/target), found from its log's path. It is killed with
 * SIGKILL, as a crash would, and started again with the same configuration.
 */
public final class TestServer {

  private TestServer() {}

  static Path wlp() {
    // .../wlp/usr/servers/genuka-it/logs/messages.log
    return Path.of(System.getProperty("it.server.log")).toAbsolutePath().getParent().getParent().getParent().getParent()
        .getParent();
  }

  public static void kill() {
    try {
      long pid = Long.parseLong(Files.readString(wlp().resolve("usr/servers/.pid/genuka-it.pid")).trim());
      ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("server " + pid + " not running"));
      server.destroyForcibly();
      server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not kill the test server", e);
    }
  }

  public static void start() {
    try {
      Process p = new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", "genuka-it")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor() != 0) {
        throw new AssertionError("server start exited with " + p.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    awaitReady();
  }

  static void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(It.url("/health/ready")))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Engines.sleep(500);
    }
    throw new AssertionError("the test server did not come back");
  }
}
