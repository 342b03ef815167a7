package com.genuka.privacy.it.defaultrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.It;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The portal as a newcomer gets it from the README's run command: the same server configuration,
 * untouched but for its ports, on the embedded H2 database with the demo data and the local mail
 * sink. The other integration tests run on PostgreSQL; these make sure the default run is not a
 * second-class citizen — it starts, its timers work on H2, and every mail lands in the mailbox a
 * person reads.
 */
class DefaultRunIT {

  private static final String BASE = System.getProperty("it.run.base.url", "http://localhost:9182");

  private static PortalClient client(String language) {
    return new PortalClient("fr".equals(language) ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9", BASE);
  }

  private static PortalClient loggedIn(DemoAccounts.Account account) {
    PortalClient c = client("fr");
    Page landing = c.login(account.email(), account.password());
    assertFalse(landing.path().endsWith("/login.xhtml"), "the demo account " + account.email() + " logs in");
    return c;
  }

  @Test
  void theServerIsReadyOnTheEmbeddedDatabaseWithItsDemoData() {
    PortalClient c = client("fr");
    Page ready = c.get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.json().getString("status"));

    Page home = c.get("/");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("lang=\"fr\""), "French from the browser's language");

    PortalClient customer = loggedIn(DemoAccounts.PRO_OWNER);
    Page data = customer.get("/customer/data.xhtml");
    assertEquals(200, data.status());
    Page visits = customer.get("/customer/category.xhtml?c=C3");
    Element table = visits.doc().getElementById("visits");
    assertNotNull(table, "the demo customer has browser-log entries: " + visits.mainText());
    assertFalse(table.select("tbody tr").isEmpty());
  }

  @Test
  void aPublicRequestsMailsArriveInTheLocalMailboxAndItsLinkVerifiesIt() {
    String email = "visitor-" + UUID.randomUUID() + "@example.org";
    PortalClient visitor = client("en");
    Page form = visitor.get("/request/new.xhtml");
    Page sent = visitor.submit(form, "publicRequest",
        Map.of("type", "ACCESS", "email", email, "fullName", "Default Run Visitor", "details", ""), "send");
    assertNotNull(sent.doc().getElementById("public-sent"), sent.mainText());

    PortalClient reader = client("en");
    String message = eventually("the verification mail in /mailbox/", () -> {
      Page list = reader.get("/mailbox/");
      for (Element row : list.doc().select("tbody tr")) {
        if (row.text().contains(email)) {
          return reader.get("/mailbox/" + row.selectFirst("a").attr("href")).body();
        }
      }
      return null;
    });
    Matcher link = Pattern.compile("(http://localhost:\\d+/request/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(message);
    assertTrue(link.find(), "a verification link in the mail as the mailbox shows it");
    assertTrue(link.group(1).startsWith(BASE), "the link points at this server: " + link.group(1));

    Page verified = visitor.openLink(link.group(1));
    assertEquals("VERIFIED", verified.doc().getElementById("verify-result").attr("data-result"), verified.mainText());
    eventually("the mail to the (French-speaking) admin for the new request", () -> {
      Page list = reader.get("/mailbox/");
      return list.doc().select("tbody tr").stream()
          .anyMatch(r -> r.text().contains(DemoAccounts.ADMIN.email()) && r.text().contains("Nouvelle demande")) ? "" : null;
    });
  }

  @Test
  void anAccessRequestIsCarriedOutToADownloadableArchiveOnH2() throws IOException {
    PortalClient customer = loggedIn(DemoAccounts.LIGHT_OWNER);
    Page requests = customer.get("/customer/requests.xhtml");
    Page filed = customer.submit(requests, "file", Map.of("type", "ACCESS", "details", "default run"), "submit");
    Matcher id = Pattern.compile("id=(\\d+)").matcher(filed.uri().getQuery() == null ? "" : filed.uri().getQuery());
    assertTrue(id.find(), "the customer lands on the request's page: " + filed.uri());

    PortalClient admin = loggedIn(DemoAccounts.ADMIN);
    Page detail = admin.get("/admin/request.xhtml?id=" + id.group(1));
    admin.submit(detail, "actions", Map.of(), "start");

    String key = eventually("the archive on the customer's request page", () -> {
      Element a = customer.get("/customer/request.xhtml?id=" + id.group(1)).doc().selectFirst("#download-list a[href]");
      return a == null ? null : a.attr("href");
    });
    HttpResponse<byte[]> zip = customer.getBytes(key);
    assertEquals(200, zip.statusCode());
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertTrue(entries.stream().anyMatch(n -> n.endsWith(".html")), "a summary page: " + entries);
    assertTrue(entries.stream().anyMatch(n -> n.endsWith(".json")), "the data as JSON: " + entries);
    assertTrue(entries.stream().anyMatch(n -> n.endsWith(".csv")), "the data as CSV: " + entries);

    Page done = customer.get("/customer/request.xhtml?id=" + id.group(1));
    assertTrue(done.doc().getElementById("request-status").text().matches("Terminée|Completed"), done.mainText());
    HttpResponse<byte[]> stranger = client("fr").getBytes(key);
    assertTrue(stranger.statusCode() != 200 && !new String(stranger.body(), 0, Math.min(2, stranger.body().length)).equals("PK"),
        "a visitor without the customer's login gets no archive (" + stranger.statusCode() + ")");
  }

  @Test
  void aRetentionSweepRunsOnTheEmbeddedDatabase() {
    PortalClient admin = loggedIn(DemoAccounts.ADMIN);
    // The demo holds visits older than 12 months: the first start deletes them by itself, shortly
    // after it, rather than keep them until the next 03:00 (issue 10, item 5).
    String first = eventually("the start-up's BROWSER_LOG run in the history", () -> {
      Page now = admin.get("/admin/retention.xhtml");
      for (Element run : now.doc().select("#history tbody tr")) {
        Element rule = run.selectFirst("td.rule");
        if (rule != null && "BROWSER_LOG".equals(rule.attr("data-code"))
            && run.selectFirst("td.status span.badge-ok") != null && run.selectFirst("td.trigger .first-run") != null) {
          return run.selectFirst("td.rows").attr("data-rows");
        }
      }
      return null;
    });
    assertTrue(Long.parseLong(first) > 0, "the demo's visits past 12 months went at the first start: " + first);
    Page page = admin.get("/admin/retention.xhtml");
    Element now = page.doc().selectFirst("#sweep-BROWSER_LOG td.due .due-now");
    assertNotNull(now, page.mainText());
    assertEquals("0", now.attr("data-count"), "nothing is left past its day today");

    Page form = admin.get("/admin/retention.xhtml");
    admin.submit(form, "run", Map.of("rule", "BROWSER_LOG"), "start");
    eventually("a completed manual BROWSER_LOG run in the history", () -> {
      Page history = admin.get("/admin/retention.xhtml");
      for (Element run : history.doc().select("#history tbody tr")) {
        Element rule = run.selectFirst("td.rule");
        if (rule != null && "BROWSER_LOG".equals(rule.attr("data-code")) && run.selectFirst("td.trigger .first-run") == null
            && run.selectFirst("td.status span.badge-ok") != null) {
          return run.selectFirst("td.rows").attr("data-rows");
        }
      }
      return null;
    });
  }

  /**
   * The mailbox shows every link the portal sent (a person's whole data is one download away): it
   * answers this machine only, judged by the connection, not by a header a client writes.
   */
  @Test
  void theMailboxAnswersOnlyThisMachine() throws Exception {
    PortalClient local = client("en");
    assertEquals(200, local.get("/mailbox/").status(), "this machine reads its mailbox");
    for (Map.Entry<String, String> forwarded : Map.of("X-Forwarded-For", "203.0.113.9", "Forwarded", "for=203.0.113.9",
        "X-Real-IP", "203.0.113.9").entrySet()) {
      Page proxied = local.sendAs("GET", "/mailbox/", null, Map.of(forwarded.getKey(), forwarded.getValue()));
      assertEquals(403, proxied.status(), "through a proxy (" + forwarded.getKey() + ")");
    }

    java.util.Optional<java.net.InetAddress> lan = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
        .stream().filter(i -> {
          try {
            return i.isUp() && !i.isLoopback();
          } catch (java.net.SocketException e) {
            return false;
          }
        })
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
    org.junit.jupiter.api.Assumptions.assumeTrue(lan.isPresent(),
        "this machine has no network address besides loopback (LoopbackOnlyFilterTest covers the rule)");
    String neighbour = "http://" + lan.get().getHostAddress() + ":" + java.net.URI.create(BASE).getPort();
    PortalClient fromNetwork = new PortalClient("en-GB,en;q=0.9", neighbour);
    assertEquals(200, fromNetwork.get("/").status(), "the portal itself answers on " + neighbour);
    for (String path : new String[] {"/mailbox/", "/mailbox/message?n=0", "/mailbox"}) {
      Page refused = fromNetwork.get(path);
      assertEquals(403, refused.status(), neighbour + path + ": " + refused.body());
      assertFalse(refused.body().contains("@"), "no address shown");
    }
    for (String spoof : new String[] {"X-Forwarded-For", "X-Real-IP", "$WSRA", "Forwarded"}) {
      Page refused = fromNetwork.sendAs("GET", "/mailbox/", null,
          Map.of(spoof, spoof.equals("Forwarded") ? "for=127.0.0.1" : "127.0.0.1"));
      assertEquals(403, refused.status(), "claiming loopback in " + spoof);
    }
  }

  /**
   * Every page of every role opens on H2 with its real status: a query H2 refuses (the newsletter's
   * audience compared a BOOLEAN with 1) shows the error page, which answers 500, not 200.
   */
  @Test
  void everyPageOfEveryRoleOpensOnTheEmbeddedDatabase() {
    String tomorrow = java.time.LocalDate.now(It.ZONE).plusDays(1).toString();
    Map<DemoAccounts.Account, List<String>> pages = Map.of(
        DemoAccounts.ADMIN, List.of("/admin/requests.xhtml", "/admin/dashboard.xhtml", "/admin/outbox.xhtml",
            "/admin/audit.xhtml", "/admin/newsletter.xhtml", "/admin/engines.xhtml", "/admin/retention.xhtml",
            "/admin/log-request.xhtml"),
        DemoAccounts.HR, List.of("/hr/candidates.xhtml", "/hr/candidates.xhtml?before=" + tomorrow, "/hr/due.xhtml",
            "/hr/requests.xhtml", "/hr/new-candidate.xhtml"),
        DemoAccounts.PRO_OWNER, List.of("/customer/account.xhtml", "/customer/data.xhtml", "/customer/category.xhtml?c=C1",
            "/customer/category.xhtml?c=C3", "/customer/category.xhtml?c=C4", "/customer/category.xhtml?c=C7",
            "/customer/category.xhtml?c=C8", "/customer/contact.xhtml", "/customer/consents.xhtml",
            "/customer/recordings.xhtml", "/customer/requests.xhtml"));
    List<String> failed = new ArrayList<>();
    pages.forEach((account, paths) -> {
      PortalClient c = loggedIn(account);
      for (String path : paths) {
        Page page = c.get(path);
        if (page.status() != 200 || page.doc().getElementById("error-500") != null) {
          failed.add(account.role() + " " + path + " -> " + page.status() + " " + page.path());
        }
      }
    });
    for (String path : List.of("/", "/policy.xhtml", "/subprocessors.xhtml", "/locations.xhtml", "/retention.xhtml",
        "/request/new.xhtml", "/candidate/link.xhtml")) {
      Page page = client("en").get(path);
      if (page.status() != 200) {
        failed.add("visitor " + path + " -> " + page.status());
      }
    }
    assertEquals(List.of(), failed);
    Page newsletter = loggedIn(DemoAccounts.ADMIN).get("/admin/newsletter.xhtml");
    Element audience = newsletter.doc().getElementById("audience");
    assertNotNull(audience, newsletter.mainText());
    assertTrue(audience.text().matches(".*\\d+.*"), "the subscribed customers are counted: " + audience.text());
  }

  /** Polls until {@code probe} returns something, for as long as the tests' patience lasts. */
  private static <T> T eventually(String what, Supplier<T> probe) {
    Instant end = Instant.now().plus(It.PATIENCE.plus(Duration.ofSeconds(30)));
    while (Instant.now().isBefore(end)) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
    throw new AssertionError("never came: " + what);
  }
}
