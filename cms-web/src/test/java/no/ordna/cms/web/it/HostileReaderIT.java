package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an anonymous reader can send to the public endpoints never fails a read, never reaches
 * another reader, and never shows the container's own pages.
 */
@ExtendWith(SharedServer.class)
class HostileReaderIT {

  private static final String[] MALFORMED_LANGUAGES = {";;;", "-", ",,", "se;q=abc", "=;=,"};

  @Test
  void aMalformedAcceptLanguageIsIgnoredOnEveryPublicRead(Api api) {
    Api reader = api.anonymous();
    String id =
        reader
            .get("/api/v1/content/article?limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    for (String header : MALFORMED_LANGUAGES) {
      for (String path :
          new String[] {
            "/api/v1/content/article",
            "/api/v1/content/article/" + id,
            "/api/v1/content/article/feed.atom",
            "/api/v1/search?q=kompetanse"
          }) {
        Reply reply = reader.get(path, "Accept-Language", header);
        assertEquals(200, reply.status(), header + " " + path + ": " + reply.body());
        String served =
            path.endsWith("feed.atom")
                ? reply.header("Content-Language")
                : reply.json().getString("requestedLocale");
        assertEquals("nb", served, header + " " + path);
      }
    }
  }

  @Test
  void theUsablePartOfAPartlyMalformedAcceptLanguageStillChoosesTheLocale(Api api) {
    Reply reply =
        api.anonymous().get("/api/v1/content/article?limit=1", "Accept-Language", ";;;, en");

    assertEquals(200, reply.status(), reply.body());
    assertEquals("en", reply.json().getString("requestedLocale"), reply.body());
  }

  @Test
  void aValueHoldingAnEncodedSeparatorCannotFillAnotherQuerysCacheEntry(Api api) {
    Api reader = api.anonymous();
    String poisoned = "/api/v1/content/conference?fields.series=x%26limit%3D1";
    String honest = "/api/v1/content/conference?fields.series=x&limit=1";

    Reply first = reader.get(poisoned);
    Reply second = reader.get(honest);

    assertEquals(200, first.status(), first.body());
    assertEquals(20, first.json().getInt("limit"), first.body());
    assertEquals(200, second.status(), second.body());
    assertEquals(1, second.json().getInt("limit"), second.body());
  }

  @Test
  void aForgedHostHeaderNeverReachesTheLinksOfAFeed(Api api) {
    RawHttp.Answer forged =
        RawHttp.send(
            api.base(),
            "GET",
            "/api/v1/content/organisation/feed.atom?locale=nb",
            null,
            "Host: evil.example");
    Reply honest = api.anonymous().get("/api/v1/content/organisation/feed.atom?locale=nb");

    assertEquals(200, forged.status(), forged.text());
    assertFalse(forged.text().contains("evil.example"), forged.text());
    assertFalse(honest.body().contains("evil.example"), honest.body());
    assertTrue(
        honest
            .body()
            .contains(
                "href=\"http://localhost:"
                    + api.base().getPort()
                    + "/api/v1/content/organisation/feed.atom?locale=nb\""),
        honest.body());
  }

  @Test
  void noAddressShowsTheContainersOwnErrorPage(Api api) {
    Api reader = api.anonymous();
    for (String path : new String[] {"/nothing-here", "/error-page", "/WEB-INF/web.xml"}) {
      Reply page = reader.get(path, "Accept", "text/html");
      assertEquals(404, page.status(), path);
      assertTrue(page.header("Content-Type").startsWith("text/html"), path);
      assertFalse(page.body().contains("Payara"), path + ": " + page.body());
      assertFalse(page.body().contains("Error report"), path + ": " + page.body());
    }
    Reply json = reader.get("/nothing-here", "Accept", "application/json");
    assertEquals(404, json.status());
    assertEquals("application/problem+json", json.header("Content-Type"));
    assertEquals("urn:ordna:problem:not-found", json.json().getString("type"));
  }

  @Test
  void noAnswerNamesTheRuntime(Api api) {
    for (String path : new String[] {"/api/v1/content/article", "/nothing-here", "/health/live"}) {
      Reply reply = api.anonymous().get(path);
      assertEquals(null, reply.header("Server"), path);
      assertEquals(null, reply.header("X-Powered-By"), path);
    }
  }

  @Test
  void aFilterValueTheIndexCannotHoldIsA400NotA500(Api api) {
    for (String query :
        new String[] {
          "fields.number=NaN",
          "fields.number=Infinity",
          "fields.number%5Bgt%5D=1e999999",
          "fields.number%5Bin%5D=1,NaN",
          "fields.number%5Bin%5D=,,,",
          "fields.startDate%5Bgt%5D=%2B999999999-12-31"
        }) {
      Reply reply = api.anonymous().get("/api/v1/content/conference?" + query);
      assertEquals(400, reply.status(), query + ": " + reply.body());
      assertEquals("urn:ordna:problem:validation-failed", reply.json().getString("type"), query);
    }
    Reply article =
        api.anonymous()
            .get("/api/v1/content/article?fields.publishDate%5Bgt%5D=%2B999999999-12-31T23:59:59Z");
    assertEquals(400, article.status(), article.body());
  }

  @Test
  void anH2cUpgradeIsIgnoredAndAnsweredInHttp11(Api api) {
    RawHttp.Answer answer =
        RawHttp.send(
            api.base(),
            "GET",
            "/api/v1/content/article?limit=1",
            null,
            "Connection: Upgrade, HTTP2-Settings",
            "Upgrade: h2c",
            "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA");

    assertEquals(200, answer.status(), answer.head());
    assertTrue(answer.head().startsWith("HTTP/1.1 200"), answer.head());
  }

  @Test
  void aMalformedAcceptEncodingNeverFailsTheEditorialAppsFiles(Api api) {
    for (String header : new String[] {";;;", ",", "gzip;q=", ";q=1"}) {
      for (String path : new String[] {"/admin/", "/admin/app/styles/all.css"}) {
        assertEquals(200, api.anonymous().get(path, "Accept-Encoding", header).status(), header);
      }
    }
  }

  @Test
  void aGetOrDeleteWithABodyGetsTheApplicationsAnswerNotABare400(Api api) {
    Reply read = api.anonymous().send("GET", "/api/v1/content/article?limit=1", "{\"a\": 1}");
    assertEquals(200, read.status(), read.body());

    Reply delete =
        api.send("DELETE", "/api/v1/manage/trash/00000000-0000-0000-0000-000000000000", "{}");
    assertEquals(404, delete.status(), delete.body());
    assertTrue(
        delete.header("Content-Type").startsWith("application/problem+json"),
        delete.header("Content-Type"));
  }

  @Test
  void aBodyNestedDeeperThanTheParserTakesIsA400NotA500(Api api) {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Reply signIn = api.anonymous().send("POST", "/api/v1/auth/token", deep);
    assertEquals(400, signIn.status(), signIn.body());
    Reply type = api.send("POST", "/api/v1/manage/block-types", deep);
    assertEquals(400, type.status(), type.body());
    assertTrue(type.header("Content-Type").startsWith("application/problem+json"), type.body());
  }
}
