package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the editorial app's files are served: addresses, caching, compression, security policy. */
@ExtendWith(SharedServer.class)
class AdminAppServingIT {

  private static final Pattern MAIN =
      Pattern.compile("src=\"(/admin/app/main\\.js\\?v=[0-9a-f]+)\"");

  @Test
  void theRootLeadsToTheEditorialApp(Api api) {
    Reply root = api.anonymous().get("/", "Accept", "text/html");

    assertEquals(302, root.status());
    assertEquals("/admin/", root.header("Location"));
    assertEquals(301, api.anonymous().get("/admin").status());
  }

  @Test
  void everyAppAddressGetsThePageWithAPolicyThatRunsNoInlineScript(Api api) {
    for (String path : new String[] {"/admin/", "/admin/content/article", "/admin/items/x/nb"}) {
      Reply page = api.anonymous().get(path);
      assertEquals(200, page.status(), path);
      assertTrue(page.header("Content-Type").startsWith("text/html"), path);
      String policy = page.header("Content-Security-Policy");
      assertTrue(policy.contains("script-src 'self' 'sha256-"), policy);
      assertFalse(policy.contains("unsafe-inline"), policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), policy);
      assertEquals("no-cache", page.header("Cache-Control"));
      assertTrue(page.body().contains("<script type=\"importmap\">"), path);
    }
  }

  @Test
  void hashedModulesAreKeptForAYearAndRevalidatedByETag(Api api) {
    Reply page = api.anonymous().get("/admin/");
    Matcher main = MAIN.matcher(page.body());
    assertTrue(main.find(), page.body());

    Reply module = api.anonymous().get(main.group(1));
    assertEquals(200, module.status());
    assertTrue(module.header("Content-Type").startsWith("text/javascript"));
    assertEquals("public, max-age=31536000, immutable", module.header("Cache-Control"));
    assertNotNull(module.etag());
    assertEquals(304, api.anonymous().get(main.group(1), "If-None-Match", module.etag()).status());

    Reply unversioned = api.anonymous().get("/admin/app/main.js");
    assertEquals("no-cache", unversioned.header("Cache-Control"));
    assertEquals(module.etag(), unversioned.etag());
  }

  @Test
  void filesAreSentCompressedToBrowsersThatAcceptGzip(Api api) throws IOException {
    BinaryReply plain = api.anonymous().getBytes("/admin/app/styles/all.css");
    BinaryReply zipped =
        api.anonymous().getBytes("/admin/app/styles/all.css", "Accept-Encoding", "gzip");

    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElse(null));
    assertTrue(zipped.body().length < plain.body().length / 2, "compressed well");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertEquals(
          new String(plain.body(), StandardCharsets.UTF_8),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void filesAreSentInBrotliToBrowsersThatOfferIt(Api api) throws IOException {
    BinaryReply plain = api.anonymous().getBytes("/admin/app/styles/all.css");
    BinaryReply brotli =
        api.anonymous().getBytes("/admin/app/styles/all.css", "Accept-Encoding", "gzip, br");

    assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals(plain.header("ETag"), brotli.header("ETag"));
    assertTrue(brotli.body().length < plain.body().length / 2, "compressed well");
    assertEquals(
        new String(plain.body(), StandardCharsets.UTF_8),
        new String(CompressionIT.unbrotli(brotli.body()), StandardCharsets.UTF_8));
  }

  @Test
  void theBrowserLibrariesAreServedFromTheApplicationItself(Api api) {
    Reply page = api.anonymous().get("/admin/");
    for (String library :
        new String[] {"\"lit\"", "\"prosemirror-view\"", "\"prosemirror-model\""}) {
      assertTrue(page.body().contains(library), library);
    }
    assertFalse(page.body().contains("https://"), "nothing from elsewhere");
    Reply lit = api.anonymous().get("/admin/vendor/_static/lit/3.3.3/index.js");
    assertEquals(200, lit.status());
    assertEquals("public, max-age=31536000, immutable", lit.header("Cache-Control"));
  }

  @Test
  void aFileTheAppDoesNotHaveIsA404(Api api) {
    assertEquals(404, api.anonymous().get("/admin/app/nothing.js").status());
    assertEquals(404, api.anonymous().get("/admin/vendor/webjars/../WEB-INF/web.xml").status());
    assertEquals(404, api.anonymous().get("/admin/favicon.ico").status());
  }
}
