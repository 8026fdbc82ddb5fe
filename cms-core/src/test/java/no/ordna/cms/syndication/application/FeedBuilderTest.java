package no.ordna.cms.syndication.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.domain.SnapshotContent;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.syndication.domain.AtomFeed;
import no.ordna.cms.syndication.domain.FeedRequest;
import org.junit.jupiter.api.Test;

class FeedBuilderTest {

  private static final String BASE = "https://www.example.no";
  private static final String API = "http://127.0.0.1:8080/api/v1/";
  private static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant NEW = Instant.parse("2024-03-01T00:00:00Z");

  private final FeedBuilder builder = new FeedBuilder(BASE, API, "Kompetanse Norge");

  private static TypeDefinition type(String urlPattern) {
    String json =
        """
        {"key": "news", "name": {"nb": "Nyheter", "se": "Ođđasat"},
         %s
         "fields": [
           {"key": "title", "type": "text"},
           {"key": "slug", "type": "slug"},
           {"key": "lead", "type": "text"},
           {"key": "intro", "type": "richText"}]}
        """
            .formatted(urlPattern == null ? "" : "\"urlPattern\": \"" + urlPattern + "\",");
    Violations violations = new Violations();
    TypeDefinition type =
        TypeDefinitionParser.parse(
            Json.createReader(new StringReader(json)).readObject(), TypeKind.CONTENT, violations);
    assertTrue(violations.isEmpty(), violations.list().toString());
    return type;
  }

  private static Snapshot snapshot(
      String id, String locale, String slug, String title, JsonObject fields, Instant at) {
    JsonObject document = Json.createObjectBuilder().add("id", id).add("fields", fields).build();
    return new Snapshot(
        Channel.PUBLISHED,
        new SnapshotContent(
            "v-" + id + locale,
            id,
            "news",
            locale,
            slug,
            title,
            new byte[0],
            at,
            at,
            at,
            1,
            document,
            List.of(),
            Set.of(),
            Set.of()));
  }

  private static FeedRequest request(String locale) {
    return new FeedRequest(new TypeKey("news"), new LocaleCode(locale), 20);
  }

  @Test
  void entriesLinkToTheirFrontEndUrlInTheirOwnLocale() {
    Snapshot se =
        snapshot(
            "a",
            "se",
            "sami",
            "Sámi",
            Json.createObjectBuilder().add("lead", "Láidehus").build(),
            NEW);
    Snapshot nb = snapshot("b", "nb", null, "Norsk", JsonObject.EMPTY_JSON_OBJECT, OLD);

    AtomFeed feed =
        builder.feed(
            request("se"),
            type("/{locale}/nyheter/{slug}"),
            List.of("se", "nb"),
            List.of(se, nb),
            OLD);

    assertEquals("Ođđasat", feed.title());
    assertEquals("se", feed.language());
    assertEquals(NEW, feed.updated());
    assertEquals("Kompetanse Norge", feed.author());
    assertEquals(BASE + "/se/nyheter", feed.alternateHref());
    assertEquals(API + "content/news/feed.atom?locale=se", feed.selfHref());
    AtomFeed.Entry first = feed.entries().get(0);
    assertEquals("urn:uuid:a", first.id());
    assertEquals(BASE + "/se/nyheter/sami", first.href());
    assertEquals("text/html", first.hrefType());
    assertEquals("se", first.language());
    assertEquals("Láidehus", first.summary());
    AtomFeed.Entry second = feed.entries().get(1);
    assertEquals("nb", second.language());
    assertEquals(BASE + "/nb/nyheter/b", second.href(), "no slug: the id");
    assertNull(second.summary());
  }

  @Test
  void withoutAUrlPatternEntriesLinkToTheDeliveryApi() {
    Snapshot nb = snapshot("b", "nb", "x", "Norsk", JsonObject.EMPTY_JSON_OBJECT, OLD);

    AtomFeed feed = builder.feed(request("nb"), type(null), List.of("nb"), List.of(nb), OLD);

    assertEquals(API + "content/news/b?locale=nb", feed.entries().get(0).href());
    assertEquals("application/json", feed.entries().get(0).hrefType());
    assertEquals(BASE + "/", feed.alternateHref());
  }

  @Test
  void onlyPlainTextFieldsSummarise() {
    JsonObject fields = Json.createObjectBuilder().add("intro", "<p>Rik</p>").build();

    assertNull(
        FeedBuilder.summary(type(null), Json.createObjectBuilder().add("fields", fields).build()));
  }

  @Test
  void anEmptyFeedIsAsOldAsItsTypeAndTitledInAFallbackLocale() {
    AtomFeed feed = builder.feed(request("smj"), type(null), List.of("smj", "nb"), List.of(), OLD);

    assertEquals(OLD, feed.updated());
    assertEquals("Nyheter", feed.title());
    assertTrue(feed.entries().isEmpty());
  }

  @Test
  void theFeedIdIsStableAndDiffersPerTypeAndLocale() {
    String id = builder.feedId("news", "nb");

    assertTrue(id.matches("urn:uuid:[0-9a-f-]{36}"), id);
    assertEquals(id, new FeedBuilder(BASE, API, "x").feedId("news", "nb"));
    assertTrue(!id.equals(builder.feedId("news", "se")));
    assertTrue(!id.equals(builder.feedId("page", "nb")));
  }
}
