package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Preview: the same reads with a preview token show drafts, and never leak into public reads. */
@ExtendWith(SharedServer.class)
class PreviewIT {

  private static String previewToken(Api api, String body) {
    Reply reply = api.post("/api/v1/manage/preview-tokens", json(body));
    assertEquals(201, reply.status(), reply.body());
    assertTrue(reply.header("Cache-Control").contains("no-store"));
    return reply.json().getString("token");
  }

  @Test
  void aPreviewTokenShowsTheLatestDraftWhilePublicReadsShowThePublishedRevision(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Publisert\"}"));
    String id = created.json().getString("id");
    Reply published = transition(api, id, "nb", "publish");
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Utkast til neste versjon\"}")),
        "If-Match",
        published.etag());
    String token = previewToken(api, "{\"expiresIn\": \"PT10M\"}");
    String path = "/api/v1/content/" + type + "/" + id;

    Reply preview = api.as(token).get(path + "?preview=true");
    Reply publicRead = api.anonymous().get(path);
    Reply publicAfterPreview = api.anonymous().get(path, "Authorization", "Bearer " + token);

    assertEquals(200, preview.status(), preview.body());
    assertEquals("Utkast til neste versjon", preview.json().getString("title"));
    assertEquals("private, no-store", preview.header("Cache-Control"));
    assertEquals("Publisert", publicRead.json().getString("title"));
    assertEquals("Publisert", publicAfterPreview.json().getString("title"));
    assertTrue(publicRead.header("Cache-Control").startsWith("public"));
  }

  @Test
  void previewListsIncludeItemsThatWereNeverPublished(Api api) {
    String type = createEventType(api);
    createItem(api, type, "nb", json("{\"title\": \"Bare et utkast\"}"));
    String token = previewToken(api, "{}");

    JsonObject preview = api.as(token).get("/api/v1/content/" + type + "?preview=true").json();
    JsonObject publicList = api.anonymous().get("/api/v1/content/" + type).json();

    assertEquals(1, preview.getJsonArray("items").size());
    assertEquals(0, publicList.getJsonArray("items").size());
  }

  @Test
  void previewNeedsAValidTokenForTheType(Api api) {
    String type = createEventType(api);
    String other = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Hemmelig utkast\"}"))
            .json()
            .getString("id");
    String limited = previewToken(api, "{\"types\": [\"" + other + "\"]}");
    String path = "/api/v1/content/" + type + "/" + id + "?preview=true";

    assertEquals(401, api.anonymous().get(path).status());
    assertEquals(401, api.as("not-a-token").get(path).status());
    assertEquals(401, api.as(limited).get(path).status());
    assertEquals(200, api.as(limited).get("/api/v1/content/" + other + "?preview=true").status());
  }

  @Test
  void aPreviewTokenOpensNoManagementEndpoint(Api api) {
    String token = previewToken(api, "{}");

    assertEquals(401, api.as(token).get("/api/v1/manage/items").status());
    assertEquals(401, api.as(token).post("/api/v1/manage/preview-tokens", json("{}")).status());
  }

  @Test
  void aPreviewTokenForAnItemGivesItsTypesPreviewUrlFilledIn(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Sámi giella og kultur\"}"))
            .json()
            .getString("id");
    String plain = createEventType(api);
    String other =
        createItem(api, plain, "nb", json("{\"title\": \"Uten forhåndsvisning\"}"))
            .json()
            .getString("id");
    JsonObject definition =
        Json.createObjectBuilder(api.get("/api/v1/manage/content-types/" + type).json())
            .add("previewUrl", "/{locale}/forhandsvis/{type}/{slug}?id={id}&token={token}")
            .build();
    String etag = api.get("/api/v1/manage/content-types/" + type).etag();
    assertEquals(
        200,
        api.put("/api/v1/manage/content-types/" + type, definition, "If-Match", etag).status());

    Reply reply =
        api.post(
            "/api/v1/manage/preview-tokens",
            json(
                "{\"expiresIn\": \"PT30M\", \"types\": [\""
                    + type
                    + "\"], \"item\": \""
                    + id
                    + "\", \"locale\": \"nb\"}"));
    Reply none =
        api.post(
            "/api/v1/manage/preview-tokens",
            json("{\"item\": \"" + other + "\", \"locale\": \"nb\"}"));

    assertEquals(201, reply.status(), reply.body());
    String token = reply.json().getString("token");
    assertEquals(
        "http://localhost:3000/nb/forhandsvis/"
            + type
            + "/sami-giella-og-kultur?id="
            + id
            + "&token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8),
        reply.json().getString("previewUrl"));
    assertEquals(
        "Sámi giella og kultur",
        api.as(token)
            .get("/api/v1/content/" + type + "/" + id + "?preview=true")
            .json()
            .getString("title"));
    assertEquals(201, none.status(), none.body());
    assertTrue(none.json().isNull("previewUrl"));
  }

  @Test
  void aPreviewTokenForAnItemMustFitItsTypesAndLocale(Api api) {
    String type = createEventType(api);
    String other = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Bare bokmål\"}")).json().getString("id");

    Reply wrongType =
        api.post(
            "/api/v1/manage/preview-tokens",
            json("{\"types\": [\"" + other + "\"], \"item\": \"" + id + "\", \"locale\": \"nb\"}"));
    Reply noVariant =
        api.post(
            "/api/v1/manage/preview-tokens",
            json("{\"item\": \"" + id + "\", \"locale\": \"se\"}"));
    Reply noLocale = api.post("/api/v1/manage/preview-tokens", json("{\"item\": \"" + id + "\"}"));
    Reply unknown =
        api.post(
            "/api/v1/manage/preview-tokens",
            json("{\"item\": \"00000000-0000-4000-8000-000000000000\", \"locale\": \"nb\"}"));

    assertEquals(400, wrongType.status(), wrongType.body());
    assertTrue(wrongType.body().contains("\"item\""), wrongType.body());
    assertEquals(400, noVariant.status(), noVariant.body());
    assertTrue(noVariant.body().contains("\"locale\""), noVariant.body());
    assertEquals(400, noLocale.status(), noLocale.body());
    assertEquals(400, unknown.status(), unknown.body());
  }

  @Test
  void badPreviewTokenRequestsAre400(Api api) {
    assertEquals(
        400, api.post("/api/v1/manage/preview-tokens", json("{\"expiresIn\": \"P30D\"}")).status());
    assertEquals(
        400,
        api.post("/api/v1/manage/preview-tokens", json("{\"types\": [\"no-such-type\"]}"))
            .status());
    assertEquals(
        400, api.post("/api/v1/manage/preview-tokens", json("{\"scope\": \"all\"}")).status());
  }

  /**
   * A page type whose {@code related} references may point at its own items and at {@code
   * otherType}'s.
   */
  private static String createPageTypeReferring(Api api, String otherType) {
    String key = Fixtures.uniqueKey("page");
    Reply reply =
        api.post(
            "/api/v1/manage/content-types",
            json(
                """
                {"key": "%s", "name": {"nb": "Side"}, "titleField": "title",
                 "fields": [
                   {"key": "title", "type": "text", "required": true},
                   {"key": "related", "type": "list", "itemType": "reference",
                    "allowedTypes": ["%s", "%s"]}
                 ]}
                """
                    .formatted(key, key, otherType)));
    assertEquals(201, reply.status(), reply.body());
    return key;
  }

  /**
   * A draft page (never published) referring to an event that is published with a newer draft and
   * to an event that was never published; {0: page type, 1: event type, 2: page id, 3: published
   * event id, 4: draft-only event id}.
   */
  private static List<String> draftPageReferringToEventDrafts(Api api) {
    String eventType = createEventType(api);
    String pageType = createPageTypeReferring(api, eventType);
    Reply event = createItem(api, eventType, "nb", json("{\"title\": \"Publisert arrangement\"}"));
    String published = event.json().getString("id");
    Reply publish = transition(api, published, "nb", "publish");
    Reply redrafted =
        api.put(
            "/api/v1/manage/items/" + published + "/variants/nb",
            fields(json("{\"title\": \"Hemmelig utkast av arrangementet\"}")),
            "If-Match",
            publish.etag());
    assertEquals(200, redrafted.status(), redrafted.body());
    String draftOnly =
        createItem(api, eventType, "nb", json("{\"title\": \"Hemmelig arrangement\"}"))
            .json()
            .getString("id");
    String page =
        createItem(
                api,
                pageType,
                "nb",
                json(
                    "{\"title\": \"Utkast til side\", \"related\": [\""
                        + published
                        + "\", \""
                        + draftOnly
                        + "\"]}"))
            .json()
            .getString("id");
    return List.of(pageType, eventType, page, published, draftOnly);
  }

  private static List<String> related(JsonObject item) {
    JsonObject fields = item.getJsonObject("fields");
    return fields.containsKey("related")
        ? fields.getJsonArray("related").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }

  /**
   * What a reader limited to the page type gets for the draft page with its references expanded:
   * the published event as the public sees it, the never-published one left out, no event draft.
   */
  private static void assertOnlyPublishedEventsAreIncluded(Reply reply, List<String> ids) {
    String published = ids.get(3);
    String draftOnly = ids.get(4);
    assertEquals(200, reply.status(), reply.body());
    assertFalse(reply.body().contains("Hemmelig"), reply.body());
    JsonObject page =
        reply.json().containsKey("items")
            ? reply.json().getJsonArray("items").getJsonObject(0)
            : reply.json();
    assertEquals("Utkast til side", page.getString("title"));
    assertEquals(List.of(published), related(page));
    JsonObject included = reply.json().getJsonObject("included");
    assertEquals(List.of(published), List.copyOf(included.keySet()));
    assertEquals("Publisert arrangement", included.getJsonObject(published).getString("title"));
  }

  @Test
  void aPreviewTokenForOneTypeIncludesOtherTypesOnlyAsTheirPublishedAnswer(Api api) {
    List<String> ids = draftPageReferringToEventDrafts(api);
    String pageType = ids.get(0);
    String eventType = ids.get(1);
    String pagesOnly = previewToken(api, "{\"types\": [\"" + pageType + "\"]}");
    String both = previewToken(api, "{\"types\": [\"" + pageType + "\", \"" + eventType + "\"]}");
    String one = "/api/v1/content/" + pageType + "/" + ids.get(2) + "?preview=true&include=1";
    String list = "/api/v1/content/" + pageType + "?preview=true&include=1";

    Reply withBoth = api.as(both).get(one);

    assertOnlyPublishedEventsAreIncluded(api.as(pagesOnly).get(one), ids);
    assertOnlyPublishedEventsAreIncluded(api.as(pagesOnly).get(list), ids);
    assertEquals(200, withBoth.status(), withBoth.body());
    assertEquals(
        "Hemmelig utkast av arrangementet",
        withBoth.json().getJsonObject("included").getJsonObject(ids.get(3)).getString("title"),
        "a token given both types sees the event drafts");
    assertEquals(List.of(ids.get(3), ids.get(4)), related(withBoth.json()));
  }

  @Test
  void aPreviewTokenForOneTypeCannotReadAnItemOfAnotherTypeThroughItsPath(Api api) {
    List<String> ids = draftPageReferringToEventDrafts(api);
    String pagesOnly = previewToken(api, "{\"types\": [\"" + ids.get(0) + "\"]}");
    String asPage = "/api/v1/content/" + ids.get(0) + "/";

    Reply draftOnly = api.as(pagesOnly).get(asPage + ids.get(4) + "?preview=true");
    Reply redrafted = api.as(pagesOnly).get(asPage + ids.get(3) + "?preview=true");

    assertEquals(404, draftOnly.status(), draftOnly.body());
    assertEquals(404, redrafted.status(), redrafted.body());
    assertFalse(draftOnly.body().contains("Hemmelig"), draftOnly.body());
    assertFalse(redrafted.body().contains("Hemmelig"), redrafted.body());
  }

  @Test
  void aUserLimitedToOneTypePreviewsWithIncludeWithoutSeeingDraftsOfOtherTypes(Api api) {
    List<String> ids = draftPageReferringToEventDrafts(api);
    Api limited =
        Users.create(api, "sideredaktor", List.of("editor"), List.of(), List.of(ids.get(0)));
    String one = "/api/v1/content/" + ids.get(0) + "/" + ids.get(2) + "?preview=true&include=1";
    String ownToken =
        limited.post("/api/v1/manage/preview-tokens", json("{}")).json().getString("token");

    assertOnlyPublishedEventsAreIncluded(limited.get(one), ids);
    assertOnlyPublishedEventsAreIncluded(api.as(ownToken).get(one), ids);
  }
}
