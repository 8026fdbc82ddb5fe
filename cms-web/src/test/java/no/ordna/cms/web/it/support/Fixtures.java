package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;

/** Small helpers for test data: unique keys and JSON from text. */
public final class Fixtures {

  private Fixtures() {}

  /** A key no other test uses, e.g. {@code event-3f9a1c}. */
  public static String uniqueKey(String base) {
    return base + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  public static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /**
   * Defines a small content type {@code key} for a test: a required localized title, a slug, a
   * localized rich-text body, shared date, tags and venue, and a blocks field.
   */
  public static JsonObject eventType(String key) {
    return json(
        """
        {"key": "%s",
         "name": {"nb": "Arrangement", "se": "Doaibma"},
         "titleField": "title",
         "fields": [
           {"key": "title", "type": "text", "required": true, "maxLength": 120},
           {"key": "slug", "type": "slug"},
           {"key": "body", "type": "richText"},
           {"key": "startDate", "type": "date", "localized": false},
           {"key": "venue", "type": "text", "localized": false},
           {"key": "tags", "type": "tags"},
           {"key": "link", "type": "url", "localized": false},
           {"key": "related", "type": "list", "itemType": "reference", "allowedTypes": ["%s"]},
           {"key": "content", "type": "blocks", "allowedBlocks": ["paragraph", "quote"]}
         ]}
        """
            .formatted(key, key));
  }

  /** Creates {@link #eventType} on the server and returns its key. */
  public static String createEventType(Api api) {
    String key = uniqueKey("event");
    Reply reply = api.post("/api/v1/manage/content-types", eventType(key));
    if (reply.status() != 201) {
      throw new AssertionError("could not create type: " + reply);
    }
    return key;
  }

  /** Creates an item and returns the reply (201 expected). */
  public static Reply createItem(Api api, String type, String locale, JsonObject fields) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("locale", locale)
            .add("fields", fields)
            .build();
    Reply reply = api.post("/api/v1/manage/items", body);
    if (reply.status() != 201) {
      throw new AssertionError("could not create item: " + reply);
    }
    return reply;
  }

  /** The item's current ETag as {@code api} reads it (for {@code If-Match}). */
  public static String itemEtag(Api api, String itemId) {
    Reply item = api.get("/api/v1/manage/items/" + itemId);
    if (item.status() != 200 || item.etag() == null) {
      throw new AssertionError("could not read item " + itemId + ": " + item);
    }
    return item.etag();
  }

  /**
   * Posts a workflow transition ({@code {"action", …}}) with {@code If-Match}: the item's current
   * ETag as {@code api} reads it just before; answers the reply, whatever it is.
   */
  public static Reply act(Api api, String itemId, String locale, JsonObject body) {
    return api.post(
        "/api/v1/manage/items/" + itemId + "/variants/" + locale + "/transitions",
        body,
        "If-Match",
        itemEtag(api, itemId));
  }

  /** Applies a workflow action ("publish", "unpublish") to a variant; fails unless 200. */
  public static Reply transition(Api api, String itemId, String locale, String action) {
    Reply reply =
        act(api, itemId, locale, Json.createObjectBuilder().add("action", action).build());
    if (reply.status() != 200) {
      throw new AssertionError(action + " failed: " + reply);
    }
    return reply;
  }

  /**
   * Publishes a variant, going through review first when its type requires it (submit, approve,
   * publish); fails unless it ends up published.
   */
  public static Reply publish(Api api, String itemId, String locale) {
    String path = "/api/v1/manage/items/" + itemId + "/variants/" + locale + "/transitions";
    var allowed = api.get(path).json().getJsonArray("allowed").toString();
    if (!allowed.contains("\"publish\"")) {
      if (allowed.contains("\"submit\"")) {
        transition(api, itemId, locale, "submit");
      }
      transition(api, itemId, locale, "approve");
    }
    return transition(api, itemId, locale, "publish");
  }

  /** Creates an item in {@code locale}, publishes it, and returns its id. */
  public static String publishedItem(Api api, String type, String locale, JsonObject fields) {
    String id = createItem(api, type, locale, fields).json().getString("id");
    transition(api, id, locale, "publish");
    return id;
  }

  /** {"fields": fields} */
  public static JsonObject fields(JsonObject fields) {
    return Json.createObjectBuilder().add("fields", fields).build();
  }
}
