package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.uniqueKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feed per type and the sitemap, read as a front end would and parsed with the JDK's
 * namespace-aware DOM parser: required elements, order, locale fallback, what is left out, hreflang
 * alternates, ETag/304, and that a publish shows at once. The shared server holds demo data and
 * other tests' content, so the sitemap is searched, never assumed to hold only ours.
 */
@ExtendWith(SharedServer.class)
class FeedAndSitemapIT {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String FRONTEND = "http://localhost:3000";
  private static final String ITEMS = "/api/v1/manage/items";

  // ---- the feed ----

  @Test
  void theFeedIsValidAtomWithThePublishedItemsNewestFirst(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");
    Item older = item(api, type, "Eldre nyhet", "2024-01-10T09:00:00Z", "Ingress & <mer>");
    publish(api, older.id, "nb");
    Item newest = item(api, type, "Nyeste nyhet", "2024-03-10T09:00:00Z", null);
    publish(api, newest.id, "nb");
    Item draft = item(api, type, "Bare et utkast", "2024-04-10T09:00:00Z", null);
    Item withdrawn = item(api, type, "Trukket tilbake", "2024-05-10T09:00:00Z", null);
    publish(api, withdrawn.id, "nb");
    transition(api, withdrawn.id, "nb", "unpublish");

    Reply reply = api.anonymous().get(feedPath(type) + "?locale=nb");

    assertEquals(200, reply.status(), reply.body());
    assertTrue(
        reply.header("Content-Type").matches("(?i)application/atom\\+xml; ?charset=UTF-8"),
        reply.header("Content-Type"));
    assertTrue(reply.header("Cache-Control").startsWith("public"));
    assertEquals("Origin, Accept-Language, Accept-Encoding", reply.header("Vary"));
    assertEquals("nb", reply.header("Content-Language"));
    assertNotNull(reply.etag());
    Element feed = parse(reply);
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    assertEquals("nb", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertTrue(text(feed, ATOM, "id").startsWith("urn:uuid:"));
    assertEquals("Hendelser", text(feed, ATOM, "title"));
    OffsetDateTime.parse(text(feed, ATOM, "updated"));
    assertFalse(text(one(feed, ATOM, "author"), ATOM, "name").isBlank());
    assertTrue(
        link(feed, "self").endsWith("/api/v1/content/" + type + "/feed.atom?locale=nb"),
        link(feed, "self"));
    assertEquals(FRONTEND + "/nb/" + type, link(feed, "alternate"));

    List<Element> entries = children(feed, ATOM, "entry");
    assertEquals(
        List.of("urn:uuid:" + newest.id, "urn:uuid:" + older.id),
        entries.stream().map(e -> text(e, ATOM, "id")).toList(),
        "newest first; the draft and the unpublished item are left out");
    Element entry = entries.get(1);
    assertEquals("Eldre nyhet", text(entry, ATOM, "title"));
    assertEquals("nb", entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("2024-01-10T09:00:00Z", text(entry, ATOM, "published"));
    OffsetDateTime.parse(text(entry, ATOM, "updated"));
    assertEquals(FRONTEND + "/nb/" + type + "/" + older.nbSlug, link(entry, "alternate"));
    assertEquals("Ingress & <mer>", text(entry, ATOM, "summary"));
    assertTrue(children(entries.get(0), ATOM, "summary").isEmpty());
    assertFalse(reply.body().contains(draft.id));
    Reply asJson = api.anonymous().get(feedPath(type) + "?locale=nb", "Accept", "application/json");
    assertEquals(reply.etag(), asJson.etag(), "one representation, whatever the Accept header");
  }

  @Test
  void theFeedIsInTheReadersLocaleFallingBackPerItem(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");
    Item both = item(api, type, "Norsk tittel", "2024-01-10T09:00:00Z", null);
    String seSlug = addSami(api, both, "Sámegiel čállosat ŋ");
    publish(api, both.id, "nb");
    publish(api, both.id, "se");
    Item nbOnly = item(api, type, "Bare på bokmål", "2024-02-10T09:00:00Z", null);
    publish(api, nbOnly.id, "nb");

    Reply bySami = api.anonymous().get(feedPath(type) + "?locale=se");
    Reply byHeader = api.anonymous().get(feedPath(type), "Accept-Language", "se-NO, nb;q=0.5");

    assertEquals(200, bySami.status(), bySami.body());
    Element feed = parse(bySami);
    assertEquals("se", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("Dáhpáhusat", text(feed, ATOM, "title"));
    List<Element> entries = children(feed, ATOM, "entry");
    assertEquals(2, entries.size());
    assertEquals("nb", entries.get(0).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("Bare på bokmål", text(entries.get(0), ATOM, "title"));
    assertEquals("se", entries.get(1).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("Sámegiel čállosat ŋ", text(entries.get(1), ATOM, "title"));
    assertEquals(FRONTEND + "/se/" + type + "/" + seSlug, link(entries.get(1), "alternate"));
    assertEquals(bySami.etag(), byHeader.etag(), "Accept-Language: se is the se feed");
    assertEquals("se", byHeader.header("Content-Language"));
  }

  @Test
  void theFeedAnswers304AndShowsANewPublicationAtOnce(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");
    Item first = item(api, type, "Første", "2024-01-10T09:00:00Z", null);
    publish(api, first.id, "nb");
    String path = feedPath(type) + "?locale=nb";
    Reply before = api.anonymous().get(path);
    assertEquals(200, before.status(), before.body());

    Reply notModified = api.anonymous().get(path, "If-None-Match", before.etag());
    assertEquals(304, notModified.status());
    assertEquals(before.etag(), notModified.etag());
    assertTrue(notModified.body().isEmpty());

    Item second = item(api, type, "Andre", "2024-06-10T09:00:00Z", null);
    publish(api, second.id, "nb");
    Reply after = api.anonymous().get(path, "If-None-Match", before.etag());

    assertEquals(200, after.status(), "the publish cleared the cached feed");
    assertNotEquals(before.etag(), after.etag());
    List<Element> entries = children(parse(after), ATOM, "entry");
    assertEquals("urn:uuid:" + second.id, text(entries.get(0), ATOM, "id"));
    Reply limited = api.anonymous().get(feedPath(type) + "?locale=nb&limit=1");
    assertEquals(1, children(parse(limited), ATOM, "entry").size());
  }

  @Test
  void withoutAUrlPatternEntriesLinkToTheDeliveryApiAndStayOutOfTheSitemap(Api api) {
    String type = createType(api, null);
    Item item = item(api, type, "Uten adresse", "2024-01-10T09:00:00Z", null);
    publish(api, item.id, "nb");

    Element entry = children(parse(api.anonymous().get(feedPath(type))), ATOM, "entry").get(0);

    String href = link(entry, "alternate");
    assertTrue(href.endsWith("/api/v1/content/" + type + "/" + item.id + "?locale=nb"), href);
    assertEquals(200, api.anonymous().get(href.replaceFirst("^https?://[^/]+", "")).status());
    assertFalse(api.anonymous().get("/sitemap.xml").body().contains(item.id));
  }

  @Test
  void badFeedRequestsAreProblems(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");

    Reply unknownType = api.anonymous().get(feedPath(uniqueKey("nope")));
    assertEquals(404, unknownType.status());
    assertTrue(unknownType.header("Content-Type").startsWith("application/problem+json"));
    assertEquals("urn:ordna:problem:unknown-content-type", unknownType.json().getString("type"));
    for (String query : List.of("locale=xx", "limit=0", "limit=101", "limit=ti", "sort=title")) {
      Reply bad = api.anonymous().get(feedPath(type) + "?" + query);
      assertEquals(400, bad.status(), query + ": " + bad.body());
      assertTrue(bad.header("Content-Type").startsWith("application/problem+json"), query);
      assertEquals(
          query.split("=")[0],
          bad.json().getJsonArray("errors").getJsonObject(0).getString("path"));
    }
  }

  // ---- the sitemap ----

  @Test
  void theSitemapListsEveryPublishedLocaleWithHreflangAlternates(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");
    Item both = item(api, type, "Begge språk", "2024-01-10T09:00:00Z", null);
    String seSlug = addSami(api, both, "Guokte giela");
    publish(api, both.id, "nb");
    publish(api, both.id, "se");
    Item nbOnly = item(api, type, "Bare bokmål", "2024-01-10T09:00:00Z", null);
    publish(api, nbOnly.id, "nb");
    Item seOnly = item(api, type, "Norsk utkast", "2024-01-10T09:00:00Z", null);
    String seOnlySlug = addSami(api, seOnly, "Dušše sámegillii");
    publish(api, seOnly.id, "se");
    Item draft = item(api, type, "Aldri publisert", "2024-01-10T09:00:00Z", null);

    Reply reply = api.anonymous().get("/sitemap.xml");

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/xml"));
    assertTrue(reply.header("Cache-Control").startsWith("public"));
    Element urlset = parse(reply);
    assertEquals(SITEMAP, urlset.getNamespaceURI());
    assertEquals("urlset", urlset.getLocalName());
    Map<String, Element> urls = new LinkedHashMap<>();
    for (Element url : children(urlset, SITEMAP, "url")) {
      urls.put(text(url, SITEMAP, "loc"), url);
      OffsetDateTime.parse(text(url, SITEMAP, "lastmod"));
    }
    String bothNb = FRONTEND + "/nb/" + type + "/" + both.nbSlug;
    String bothSe = FRONTEND + "/se/" + type + "/" + seSlug;
    Map<String, String> bothAlternates = Map.of("nb", bothNb, "se", bothSe, "x-default", bothNb);
    assertEquals(bothAlternates, alternates(urls.get(bothNb)));
    assertEquals(bothAlternates, alternates(urls.get(bothSe)));
    String nbOnlyUrl = FRONTEND + "/nb/" + type + "/" + nbOnly.nbSlug;
    assertEquals(Map.of("nb", nbOnlyUrl, "x-default", nbOnlyUrl), alternates(urls.get(nbOnlyUrl)));
    String seOnlyUrl = FRONTEND + "/se/" + type + "/" + seOnlySlug;
    assertEquals(Map.of("se", seOnlyUrl), alternates(urls.get(seOnlyUrl)), "no x-default");
    assertFalse(urls.containsKey(FRONTEND + "/nb/" + type + "/" + seOnly.nbSlug));
    assertFalse(urls.containsKey(FRONTEND + "/nb/" + type + "/" + draft.nbSlug));
    assertEquals(4, urls.keySet().stream().filter(loc -> loc.contains("/" + type + "/")).count());
  }

  @Test
  void theSitemapAnswers304AndShowsANewPublicationAtOnce(Api api) {
    String type = createType(api, "/{locale}/{type}/{slug}");
    Reply before = api.anonymous().get("/sitemap.xml");
    assertEquals(200, before.status(), before.body());
    assertEquals(304, api.anonymous().get("/sitemap.xml", "If-None-Match", before.etag()).status());

    Item item = item(api, type, "Helt ny side", "2024-01-10T09:00:00Z", null);
    publish(api, item.id, "nb");
    Reply after = api.anonymous().get("/sitemap.xml", "If-None-Match", before.etag());

    assertEquals(200, after.status(), "the publish cleared the cached sitemap");
    assertNotEquals(before.etag(), after.etag());
    assertTrue(after.body().contains(FRONTEND + "/nb/" + type + "/" + item.nbSlug));
    transition(api, item.id, "nb", "unpublish");
    assertFalse(
        api.anonymous().get("/sitemap.xml").body().contains("/" + type + "/" + item.nbSlug));
  }

  @Test
  void badSitemapPartsAreProblems(Api api) {
    Reply bad = api.anonymous().get("/sitemap.xml?part=abc");
    Reply missing = api.anonymous().get("/sitemap.xml?part=999");

    assertEquals(400, bad.status());
    assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(404, missing.status());
    assertEquals("urn:ordna:problem:no-sitemap-part", missing.json().getString("type"));
    assertEquals(200, api.anonymous().get("/sitemap.xml?part=1").status(), "one part: itself");
  }

  // ---- helpers ----

  private record Item(String id, String nbSlug, String etag) {}

  private static String feedPath(String type) {
    return "/api/v1/content/" + type + "/feed.atom";
  }

  private static String createType(Api api, String urlPattern) {
    String key = uniqueKey("syn");
    String pattern = urlPattern == null ? "" : "\"urlPattern\": \"" + urlPattern + "\",";
    JsonObject type =
        json(
            """
            {"key": "%s", "name": {"nb": "Hendelser", "se": "Dáhpáhusat"}, "titleField": "title", %s
             "fields": [
               {"key": "title", "type": "text", "required": true, "maxLength": 200},
               {"key": "slug", "type": "slug"},
               {"key": "lead", "type": "text", "multiline": true},
               {"key": "publishDate", "type": "dateTime", "localized": false}]}
            """
                .formatted(key, pattern));
    Reply reply = api.post("/api/v1/manage/content-types", type);
    assertEquals(201, reply.status(), reply.body());
    return key;
  }

  private static Item item(Api api, String type, String title, String publishDate, String lead) {
    var fields = Json.createObjectBuilder().add("title", title).add("publishDate", publishDate);
    if (lead != null) {
      fields.add("lead", lead);
    }
    Reply reply = createItem(api, type, "nb", fields.build());
    JsonObject item = reply.json();
    return new Item(
        item.getString("id"),
        item.getJsonObject("variants").getJsonObject("nb").getString("slug"),
        reply.etag());
  }

  /** Adds a Sámi variant; returns its slug. */
  private static String addSami(Api api, Item item, String title) {
    Reply reply =
        api.put(
            ITEMS + "/" + item.id + "/variants/se",
            fields(json("{\"title\": \"" + title + "\"}")),
            "If-Match",
            api.get(ITEMS + "/" + item.id).etag());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonObject("variants").getJsonObject("se").getString("slug");
  }

  private static void publish(Api api, String id, String locale) {
    transition(api, id, locale, "publish");
  }

  private static void transition(Api api, String id, String locale, String action) {
    Reply reply = Fixtures.act(api, id, locale, json("{\"action\": \"" + action + "\"}"));
    assertEquals(200, reply.status(), reply.body());
  }

  private static Element parse(Reply reply) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + reply, e);
    }
  }

  private static List<Element> children(Element parent, String ns, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element one(Element parent, String ns, String name) {
    List<Element> found = children(parent, ns, name);
    assertEquals(1, found.size(), "<" + name + "> elements");
    return found.get(0);
  }

  private static String text(Element parent, String ns, String name) {
    return one(parent, ns, name).getTextContent();
  }

  /** The href of the one Atom link with this rel. */
  private static String link(Element parent, String rel) {
    List<Element> links =
        children(parent, ATOM, "link").stream()
            .filter(l -> l.getAttribute("rel").equals(rel))
            .toList();
    assertEquals(1, links.size(), "links rel=" + rel);
    return links.get(0).getAttribute("href");
  }

  /** hreflang → href of a sitemap URL's xhtml:link alternates. */
  private static Map<String, String> alternates(Element url) {
    assertNotNull(url, "the URL is in the sitemap");
    Map<String, String> alternates = new LinkedHashMap<>();
    for (Element link : children(url, XHTML, "link")) {
      assertEquals("alternate", link.getAttribute("rel"));
      alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
    }
    return alternates;
  }
}
