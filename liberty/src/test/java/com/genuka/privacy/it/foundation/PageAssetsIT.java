package com.genuka.privacy.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.Requests;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every stylesheet, script and icon a page links to loads: a page without them is unstyled or inert. */
class PageAssetsIT {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/login.xhtml", "/policy.xhtml", "/request/new.xhtml", "/admin/dashboard.xhtml"})
  void everyLinkedStylesheetAndScriptLoads(String path) {
    PortalClient client = path.startsWith("/admin/") ? Requests.admin("fr") : PortalClient.french();
    Page page = client.get(path);
    assertEquals(200, page.status(), path);
    List<String> assets = new ArrayList<>();
    for (Element css : page.doc().select("link[rel=stylesheet][href], link[rel=icon][href]")) {
      assets.add(css.attr("abs:href"));
    }
    for (Element js : page.doc().select("script[src]")) {
      assets.add(js.attr("abs:src"));
    }
    assertFalse(assets.isEmpty(), path + " links its stylesheet");
    for (String asset : assets) {
      HttpResponse<byte[]> answer = client.getBytes(asset);
      assertEquals(200, answer.statusCode(), asset);
      String type = answer.headers().firstValue("Content-Type").orElse("");
      assertTrue(type.startsWith("text/css") || type.contains("javascript") || type.startsWith("image/svg+xml"),
          asset + " is served as " + type);
      assertTrue(answer.body().length > 0, asset);
    }
  }
}
