package com.genuka.privacy.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser without the browser: keeps cookies, follows redirects one by one (so that
 * tests can see each step), sends the language a browser would, and submits JSF forms with their
 * view state the way a page would.
 */
public class PortalClient {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(cookies)
      // What browsers use for plain http: no h2c upgrade.
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final String acceptLanguage;
  private final String baseUrl;

  public PortalClient(String acceptLanguage) {
    this(acceptLanguage, It.BASE_URL);
  }

  /** A client of another server than the integration-test one (the default run's, for one). */
  public PortalClient(String acceptLanguage, String baseUrl) {
    this.acceptLanguage = acceptLanguage;
    this.baseUrl = baseUrl;
  }

  /** A client whose browser prefers French, or English. */
  public static PortalClient french() {
    return new PortalClient("fr-FR,fr;q=0.9");
  }

  public static PortalClient english() {
    return new PortalClient("en-GB,en;q=0.9");
  }

  public static PortalClient speaking(String language) {
    return "fr".equals(language) ? french() : english();
  }

  /** One response of a chain of redirects. */
  public record Hop(int status, URI uri, Map<String, List<String>> headers) {}

  /** The page a chain of redirects ended on, and the steps that led there. */
  public record Page(int status, URI uri, String body, Map<String, List<String>> headers, List<Hop> hops) {

    public Document doc() {
      return Jsoup.parse(body, uri.toString());
    }

    /** The visible text of the main landmark: what a person reads. */
    public String mainText() {
      Element main = doc().selectFirst("main");
      return main == null ? doc().text() : main.text();
    }

    /** The body as JSON (REST answers). */
    public jakarta.json.JsonObject json() {
      try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return reader.readObject();
      }
    }

    public jakarta.json.JsonArray jsonArray() {
      try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return reader.readArray();
      }
    }

    public String h1() {
      Element h1 = doc().selectFirst("h1");
      return h1 == null ? "" : h1.text();
    }

    public String path() {
      return uri.getPath();
    }

    public List<String> setCookies() {
      List<String> all = new ArrayList<>();
      for (Hop hop : hops) {
        all.addAll(hop.headers().getOrDefault("set-cookie", List.of()));
      }
      return all;
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(absolute(path))).GET());
  }

  public Page post(String path, Map<String, String> form) {
    return send(HttpRequest.newBuilder(URI.create(absolute(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  public Page put(String path) {
    return send(HttpRequest.newBuilder(URI.create(absolute(path))).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  public Page delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(absolute(path))).DELETE());
  }

  public Page postRaw(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(absolute(path)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Submits a JSF form of {@code page}: every input the form carries (the view state among them),
   * the given fields by their ids inside the form, and the button pressed.
   */
  /**
   * Opens a single-use link as its owner does: the link's page only shows a button (a mail scanner
   * that opens the link spends nothing), and pressing it does the act. Where the link is no longer
   * good, the page has no button and is returned as it is.
   */
  public Page openLink(String link) {
    Page page = get(link);
    return page.doc().getElementById("link") == null ? page : submit(page, "link", Map.of(), "go");
  }

  public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
    return submit(page, formId, fields, buttonId, null);
  }

  /**
   * Submits a form of {@code page} the way another site's page would post a copy of it: with exactly
   * {@code headers} (an {@code Origin} of that site, say), none of this client's own.
   */
  public Page submitFrom(Page page, String formId, Map<String, String> fields, String buttonId,
      Map<String, String> headers) {
    return submit(page, formId, fields, buttonId, headers);
  }

  private Page submit(Page page, String formId, Map<String, String> fields, String buttonId, Map<String, String> headers) {
    Document doc = page.doc();
    Element form = doc.getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.mainText());
    }
    Map<String, String> data = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button") || type.equals("image")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      if (input.tagName().equals("select")) {
        Element selected = Optional.ofNullable(input.selectFirst("option[selected]")).orElse(input.selectFirst("option"));
        data.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
      } else if (input.tagName().equals("textarea")) {
        data.put(input.attr("name"), input.text());
      } else {
        data.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.forEach((id, value) -> {
      if (value == null) {
        data.remove(formId + ":" + id);
      } else {
        data.put(formId + ":" + id, value);
      }
    });
    if (buttonId != null) {
      Element button = form.getElementById(formId + ":" + buttonId);
      if (button == null) {
        throw new AssertionError("no button " + buttonId + " in form " + formId);
      }
      data.put(button.attr("name"), button.attr("value"));
    }
    String action = form.attr("abs:action");
    String target = action.isEmpty() ? page.uri().toString() : action;
    return headers == null ? post(target, data) : sendAs("POST", target, data, headers);
  }

  /** A file to send with a multipart form. */
  public record Upload(String fileName, String contentType, byte[] content) {}

  /**
   * Submits a JSF form that sends files ({@code enctype="multipart/form-data"}), like
   * {@link #submit}; {@code files} maps input ids inside the form to what is uploaded.
   */
  public Page submitMultipart(Page page, String formId, Map<String, String> fields, Map<String, Upload> files,
      String buttonId) {
    Document doc = page.doc();
    Element form = doc.getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.mainText());
    }
    Map<String, String> data = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      if (input.tagName().equals("select")) {
        Element selected = Optional.ofNullable(input.selectFirst("option[selected]")).orElse(input.selectFirst("option"));
        data.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
      } else {
        data.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
      }
    }
    fields.forEach((id, value) -> {
      if (value == null) {
        data.remove(formId + ":" + id);
      } else {
        data.put(formId + ":" + id, value);
      }
    });
    if (buttonId != null) {
      Element button = form.getElementById(formId + ":" + buttonId);
      if (button == null) {
        throw new AssertionError("no button " + buttonId + " in form " + formId);
      }
      data.put(button.attr("name"), button.attr("value"));
    }
    String boundary = "----GenukaIT" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    data.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((id, upload) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + id
          + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(upload.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String action = form.attr("abs:action");
    return send(HttpRequest.newBuilder(URI.create(absolute(action.isEmpty() ? page.uri().toString() : action)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Referer", page.uri().toString())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Downloads bytes (a document), following redirects like a page. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(absolute(path))).GET()
          .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Logs in through the login page; returns the page the person lands on. */
  public Page login(String email, String password) {
    Page login = get("/login.xhtml");
    return submit(login, "login", Map.of("email", email, "password", password), "submit");
  }

  public Page logout() {
    return post("/logout", Map.of());
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  /**
   * Sends a request with exactly the given headers and no {@code Origin} of its own: a forged
   * cross-site request, or a tool that is not a browser.
   */
  public Page sendAs(String method, String path, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(absolute(path)))
        .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(encode(form)));
    if (form != null) {
      b.header("Content-Type", "application/x-www-form-urlencoded");
    }
    headers.forEach(b::header);
    return send(b, false);
  }

  private Page send(HttpRequest.Builder builder) {
    return send(builder, true);
  }

  /**
   * Like a browser, a request that may change something (POST, PUT, DELETE) names the origin of
   * the page that sends it (always this portal's: the client only opens its pages).
   */
  private Page send(HttpRequest.Builder builder, boolean browserOrigin) {
    List<Hop> hops = new ArrayList<>();
    HttpRequest request = builder.header("Accept-Language", acceptLanguage)
        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) GenukaIT/1.0 Chrome/130.0 Safari/537.36")
        .timeout(Duration.ofSeconds(60)).build();
    if (browserOrigin && !request.method().equals("GET") && !request.method().equals("HEAD")
        && request.headers().firstValue("Origin").isEmpty()) {
      URI target = request.uri();
      request = HttpRequest.newBuilder(request, (name, value) -> true)
          .header("Origin", target.getScheme() + "://" + target.getRawAuthority()).build();
    }
    try {
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        hops.add(new Hop(response.statusCode(), response.uri(), response.headers().map()));
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3 && location.isPresent()) {
          URI next = response.uri().resolve(location.get());
          request = HttpRequest.newBuilder(next).GET().header("Accept-Language", acceptLanguage)
              .timeout(Duration.ofSeconds(60)).build();
          continue;
        }
        return new Page(response.statusCode(), response.uri(), response.body(), response.headers().map(), hops);
      }
      throw new AssertionError("too many redirects: " + hops);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String absolute(String path) {
    return path.startsWith("http") ? path : baseUrl + path;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
