package com.genuka.privacy.it.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.Requests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** How the engines' tests drive the portal: start requests, wait for the engines, download and open files. */
final class Engines {

  static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  private Engines() {}

  /** An admin starts the request in the workflow, which hands it to its engine. */
  static void start(PortalClient admin, long requestId) {
    PortalClient.Page started = Requests.act(admin, requestId, "start", Map.of());
    assertEquals(200, started.status(), started.body());
  }

  /** Waits until {@code value} gives what is expected; returns it. */
  static <T> T await(String what, Supplier<T> value, T expected) {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = null;
    while (Instant.now().isBefore(deadline)) {
      last = value.get();
      if (Objects.equals(expected, last)) {
        return last;
      }
      sleep(300);
    }
    throw new AssertionError(what + ": expected " + expected + ", still " + last);
  }

  static String requestStatus(long requestId) {
    return Requests.status(requestId);
  }

  static String exportStatus(long requestId, String kind) {
    return (String) Db.value("SELECT status FROM export_file WHERE request_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
        requestId, kind);
  }

  static String jobStatus(long requestId) {
    return (String) Db.value("SELECT status FROM erasure_job WHERE request_id = ? ORDER BY id DESC LIMIT 1", requestId);
  }

  static long jobId(long requestId) {
    return ((Number) Db.value("SELECT MAX(id) FROM erasure_job WHERE request_id = ?", requestId)).longValue();
  }

  /** The single-use link of an e-mail. */
  static String link(MailTrap.Mail mail) {
    Matcher m = Pattern.compile("https?://\\S+(/download/[A-Za-z0-9_-]+)").matcher(mail.text());
    if (!m.find()) {
      throw new AssertionError("no download link in " + mail.text());
    }
    return m.group(1);
  }

  /** The logged-in download address of an e-mail, if it has one. */
  static String accountLink(MailTrap.Mail mail) {
    Matcher m = Pattern.compile("https?://\\S+(/customer/download/[A-Za-z0-9_-]+)").matcher(mail.text());
    return m.find() ? m.group(1) : null;
  }

  /** A binary answer. */
  record Binary(int status, Map<String, List<String>> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  /** GET with the client's session (the client keeps its cookies private, so they are copied). */
  static Binary get(PortalClient client, String path, String language) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.url(path))).GET()
        .header("Accept-Language", language);
    String cookies = java.util.stream.Stream.of("GENUKA_SESSION", "GENUKA_SSO", "LtpaToken2")
        .map(n -> client == null ? null : client.cookie(n).map(c -> n + "=" + c.getValue()).orElse(null))
        .filter(Objects::nonNull).collect(Collectors.joining("; "));
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    return send(b);
  }

  /** The download button of a single-use link's page. */
  static Binary post(String path, String language) {
    return send(HttpRequest.newBuilder(URI.create(It.url(path))).header("Accept-Language", language)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static Binary send(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r = HTTP.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every entry of a ZIP, by name. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static String text(Map<String, byte[]> zip, String name) {
    byte[] b = zip.get(name);
    if (b == null) {
      throw new AssertionError("no " + name + " in " + zip.keySet());
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The residue scan, as the admin command over HTTP. */
  static jakarta.json.JsonObject scan(PortalClient admin, People.Person p) {
    PortalClient.Page page = admin.post("/api/admin/engines/residue-scan",
        Map.of("email", p.email(), "name", p.name(), "phone", p.phone()));
    assertEquals(200, page.status(), page.body());
    return page.json();
  }

  static String residue(jakarta.json.JsonObject scan) {
    return scan.getJsonArray("hits").stream().map(jakarta.json.JsonValue::asJsonObject)
        .filter(h -> "RESIDUE".equals(h.getString("verdict")))
        .map(h -> h.getString("table") + "." + h.getString("column")).distinct().sorted()
        .collect(Collectors.joining(", "));
  }

  static void hooks(String query) {
    PortalClient.Page page = new PortalClient("en").put("/api/test/engines?" + query);
    assertEquals(200, page.status(), page.body());
  }

  static void clearHooks() {
    new PortalClient("en").delete("/api/test/engines");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
