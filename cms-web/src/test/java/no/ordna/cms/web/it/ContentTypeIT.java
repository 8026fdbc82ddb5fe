package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.eventType;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.uniqueKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Content types and block types as data: built-ins, definition checks, explicit changes. */
@ExtendWith(SharedServer.class)
class ContentTypeIT {

  private static final String TYPES = "/api/v1/manage/content-types";

  @Test
  void theBuiltInTypesForTheSeedPageShipWithTheProduct(Api api) {
    List<String> content = keys(api.get(TYPES).json());
    List<String> blocks = keys(api.get("/api/v1/manage/block-types").json());

    assertTrue(
        content.containsAll(
            List.of(
                "page", "article", "portrait", "conference", "document", "video", "organisation")),
        content.toString());
    assertTrue(
        blocks.containsAll(
            List.of(
                "paragraph",
                "heading",
                "quote",
                "image",
                "video-embed",
                "document-link",
                "fact-box",
                "link-list")),
        blocks.toString());
    JsonObject article = api.get(TYPES + "/article").json();
    assertTrue(article.getBoolean("builtIn"));
    assertTrue(article.getBoolean("reviewRequired"));
  }

  @Test
  void aNewTypeIsCreatedWith201LocationAndETagAndCanBeRead(Api api) {
    String key = uniqueKey("event");

    Reply created = api.post(TYPES, eventType(key));

    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith(TYPES + "/" + key));
    assertEquals("\"t1\"", created.etag());
    Reply read = api.get(TYPES + "/" + key);
    assertEquals(200, read.status());
    assertEquals("Doaibma", read.json().getJsonObject("name").getString("se"));
    assertEquals(9, read.json().getJsonArray("fields").size());
    assertEquals(1, read.json().getInt("version"));
    assertFalse(read.json().getBoolean("builtIn"));
  }

  @Test
  void aDuplicateKeyIsA409(Api api) {
    String key = createEventType(api);

    Reply again = api.post(TYPES, eventType(key));

    assertEquals(409, again.status());
    assertEquals("urn:ordna:problem:type-exists", again.json().getString("type"));
  }

  @Test
  void anInvalidDefinitionListsEveryProblemWithItsPath(Api api) {
    Reply reply =
        api.post(
            TYPES,
            json(
                """
                {"key": "Bad Key", "name": {"nb": "Feil", "xx": "?"}, "colour": "red",
                 "fields": [
                   {"key": "title", "type": "text"},
                   {"key": "title", "type": "text"},
                   {"key": "when", "type": "timestamp"},
                   {"key": "link", "type": "reference", "allowedTypes": ["no-such-type"]},
                   {"key": "modules", "type": "blocks", "allowedBlocks": ["carousel"]},
                   {"key": "flag", "type": "boolean", "maxLength": 3},
                   {"key": "aliases", "type": "list"}
                 ]}
                """));

    assertEquals(400, reply.status(), reply.body());
    String errors = reply.json().getJsonArray("errors").toString();
    for (String path :
        List.of(
            "key",
            "name.xx",
            "colour",
            "fields[1].key",
            "fields[2].type",
            "fields[3].allowedTypes",
            "fields[4].allowedBlocks",
            "fields[5].maxLength",
            "fields[6].itemType")) {
      assertTrue(errors.contains("\"" + path + "\""), path + " missing in " + errors);
    }
  }

  @Test
  void addingAnOptionalFieldIsRecordedAsANewVersion(Api api) {
    String key = createEventType(api);
    JsonObject changed =
        withField(
            eventType(key),
            json("{\"key\": \"organiser\", \"type\": \"text\", \"localized\": false}"));

    Reply reply = api.put(TYPES + "/" + key, changed, "If-Match", "\"t1\"");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(2, reply.json().getInt("version"));
    assertEquals("\"t2\"", reply.etag());
    assertEquals(
        "field_added", reply.json().getJsonArray("changes").getJsonObject(0).getString("change"));
    var history = api.get(TYPES + "/" + key + "/versions").json().getJsonArray("items");
    assertEquals(2, history.size());
    assertEquals(
        "organiser",
        history.getJsonObject(1).getJsonArray("changes").getJsonObject(0).getString("field"));
  }

  @Test
  void aPreviewUrlIsStoredWithTheDefinitionAndChecked(Api api) {
    String key = createEventType(api);
    String url = "https://www.example.no/api/preview?type={type}&id={id}&lang={locale}&t={token}";
    JsonObject withPreview =
        Json.createObjectBuilder(eventType(key)).add("previewUrl", url).build();

    Reply changed = api.put(TYPES + "/" + key, withPreview, "If-Match", "\"t1\"");
    Reply read = api.get(TYPES + "/" + key);
    Reply listed = api.get(TYPES);
    var versions = api.get(TYPES + "/" + key + "/versions").json().getJsonArray("items");

    assertEquals(200, changed.status(), changed.body());
    assertEquals(
        "type_properties_changed",
        changed.json().getJsonArray("changes").getJsonObject(0).getString("change"));
    assertEquals(url, read.json().getString("previewUrl"));
    assertTrue(
        listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(t -> key.equals(t.getString("key")) && url.equals(t.getString("previewUrl"))),
        listed.body());
    assertEquals(
        url, versions.getJsonObject(1).getJsonObject("definition").getString("previewUrl"));
    assertFalse(versions.getJsonObject(0).getJsonObject("definition").containsKey("previewUrl"));

    for (String bad :
        List.of(
            "javascript:alert(1)", "forhandsvis/{id}", "/forhandsvis/{title}", "ftp://x/{id}")) {
      Reply refused =
          api.put(
              TYPES + "/" + key,
              Json.createObjectBuilder(eventType(key)).add("previewUrl", bad).build(),
              "If-Match",
              etag(api, key));
      assertEquals(400, refused.status(), bad + ": " + refused.body());
      assertEquals(
          "previewUrl",
          refused.json().getJsonArray("errors").getJsonObject(0).getString("path"),
          bad);
    }
    Reply block =
        api.post(
            "/api/v1/manage/block-types",
            json(
                "{\"key\": \""
                    + uniqueKey("blokk")
                    + "\", \"name\": {\"nb\": \"B\"}, \"previewUrl\": \"/p/{token}\", \"fields\": []}"));
    assertEquals(201, block.status(), block.body());
    assertFalse(block.json().containsKey("previewUrl"));
  }

  @Test
  void aStaleIfMatchOnATypeIs412(Api api) {
    String key = createEventType(api);
    Reply unconditional =
        api.put(
            TYPES + "/" + key,
            withField(eventType(key), json("{\"key\": \"a\", \"type\": \"text\"}")));
    assertEquals(428, unconditional.status(), unconditional.body());
    assertEquals("urn:ordna:problem:if-match-required", unconditional.json().getString("type"));
    Reply weak =
        api.put(
            TYPES + "/" + key,
            withField(eventType(key), json("{\"key\": \"a\", \"type\": \"text\"}")),
            "If-Match",
            "W/\"t1\"");
    assertEquals(412, weak.status(), "a weak tag never matches: " + weak.body());
    Reply malformed =
        api.put(
            TYPES + "/" + key,
            withField(eventType(key), json("{\"key\": \"a\", \"type\": \"text\"}")),
            "If-Match",
            "t1");
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals("urn:ordna:problem:malformed-if-match", malformed.json().getString("type"));
    api.put(
        TYPES + "/" + key,
        withField(eventType(key), json("{\"key\": \"a\", \"type\": \"text\"}")),
        "If-Match",
        "*");

    Reply stale =
        api.put(
            TYPES + "/" + key,
            withField(eventType(key), json("{\"key\": \"b\", \"type\": \"text\"}")),
            "If-Match",
            "\"t1\"");

    assertEquals(412, stale.status());
  }

  @Test
  void removingAFieldWithStoredValuesNeedsConsentThenDropsTheValues(Api api) {
    String key = createEventType(api);
    String id =
        createItem(api, key, "nb", json("{\"title\": \"Med sted\", \"venue\": \"Bergen\"}"))
            .json()
            .getString("id");
    JsonObject withoutVenue = withoutField(eventType(key), "venue");

    Reply refused = api.put(TYPES + "/" + key, withoutVenue, "If-Match", etag(api, key));
    assertEquals(409, refused.status(), refused.body());
    assertEquals("urn:ordna:problem:migration-required", refused.json().getString("type"));
    assertTrue(refused.json().getString("detail").contains("venue"));
    assertEquals(
        "Bergen",
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("shared").getString("venue"));

    Reply applied =
        api.put(TYPES + "/" + key + "?migrate=true", withoutVenue, "If-Match", etag(api, key));

    assertEquals(200, applied.status(), applied.body());
    assertTrue(applied.json().getJsonArray("migrations").getString(0).contains("venue"));
    assertFalse(
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("shared").containsKey("venue"));
  }

  @Test
  void aNewRequiredFieldWithoutDefaultIsRefusedWhileItemsExist(Api api) {
    String key = createEventType(api);
    createItem(api, key, "nb", json("{\"title\": \"Finnes\"}"));

    Reply refused =
        api.put(
            TYPES + "/" + key + "?migrate=true",
            withField(
                eventType(key),
                json(
                    "{\"key\": \"city\", \"type\": \"text\", \"localized\": false, \"required\": true}")),
            "If-Match",
            etag(api, key));

    assertEquals(409, refused.status());
    assertEquals("urn:ordna:problem:type-change-conflict", refused.json().getString("type"));
    assertTrue(refused.json().getString("detail").contains("city"));
  }

  @Test
  void aNewRequiredFieldWithADefaultIsFilledIntoExistingItems(Api api) {
    String key = createEventType(api);
    String id = createItem(api, key, "nb", json("{\"title\": \"Finnes\"}")).json().getString("id");
    JsonObject changed =
        withField(
            eventType(key),
            json(
                "{\"key\": \"city\", \"type\": \"text\", \"localized\": false, \"required\": true, \"default\": \"Oslo\"}"));

    assertEquals(409, api.put(TYPES + "/" + key, changed, "If-Match", etag(api, key)).status());
    Reply applied =
        api.put(TYPES + "/" + key + "?migrate=true", changed, "If-Match", etag(api, key));

    assertEquals(200, applied.status(), applied.body());
    assertEquals(
        "Oslo",
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("shared").getString("city"));
  }

  @Test
  void changingTheTypeOfAFieldThatHoldsValuesIsRefused(Api api) {
    String key = createEventType(api);
    createItem(api, key, "nb", json("{\"title\": \"Dato\", \"startDate\": \"2016-06-01\"}"));
    JsonObject changed = withoutField(eventType(key), "startDate");
    changed =
        withField(
            changed, json("{\"key\": \"startDate\", \"type\": \"number\", \"localized\": false}"));

    Reply refused =
        api.put(TYPES + "/" + key + "?migrate=true", changed, "If-Match", etag(api, key));

    assertEquals(409, refused.status());
    assertTrue(refused.json().getString("detail").contains("startDate"));
  }

  @Test
  void aTypeWithItemsCannotBeDeletedButAnUnusedOneCan(Api api) {
    String used = createEventType(api);
    createItem(api, used, "nb", json("{\"title\": \"I bruk\"}"));
    String unused = createEventType(api);

    Reply refused = api.delete(TYPES + "/" + used, "If-Match", etag(api, used));
    Reply deleted = api.delete(TYPES + "/" + unused, "If-Match", etag(api, unused));

    assertEquals(409, refused.status());
    assertEquals(1, refused.json().getInt("itemCount"));
    assertEquals(204, deleted.status());
    assertEquals(404, api.get(TYPES + "/" + unused).status());
  }

  @Test
  void blockTypesAreManagedTheSameWay(Api api) {
    String key = uniqueKey("timeline");
    Reply created =
        api.post(
            "/api/v1/manage/block-types",
            json(
                "{\"key\": \"%s\", \"name\": {\"nb\": \"Tidslinje\"}, \"fields\": [{\"key\": \"year\", \"type\": \"number\", \"required\": true}, {\"key\": \"text\", \"type\": \"richText\"}]}"
                    .formatted(key)));
    Reply nested =
        api.post(
            "/api/v1/manage/block-types",
            json(
                "{\"key\": \"%s\", \"name\": {\"nb\": \"X\"}, \"fields\": [{\"key\": \"inner\", \"type\": \"blocks\"}]}"
                    .formatted(uniqueKey("nested"))));

    assertEquals(201, created.status(), created.body());
    assertEquals("block", created.json().getString("kind"));
    assertEquals(400, nested.status());
    assertTrue(nested.body().contains("fields[0].type"));
  }

  private static List<String> keys(JsonObject list) {
    return list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("key")).toList();
  }

  private static JsonObject withField(JsonObject type, JsonObject field) {
    JsonArrayBuilder fields = Json.createArrayBuilder(type.getJsonArray("fields")).add(field);
    return Json.createObjectBuilder(type).add("fields", fields).build();
  }

  private static JsonObject withoutField(JsonObject type, String key) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (JsonValue field : type.getJsonArray("fields")) {
      if (!field.asJsonObject().getString("key").equals(key)) {
        fields.add(field);
      }
    }
    return Json.createObjectBuilder(type).add("fields", fields).build();
  }

  private static String etag(Api api, String key) {
    return api.get(TYPES + "/" + key).etag();
  }
}
