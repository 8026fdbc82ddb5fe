package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync API through a sequence of publish, edit, unpublish and delete: the first sync pages
 * through everything published, each later sync returns exactly those changes (tombstones for the
 * unpublished and the deleted), and a sync with nothing new returns nothing.
 */
@ExtendWith(SharedServer.class)
class SyncIT {

  private static JsonObject sync(Api reader, String query) {
    Reply reply = reader.get("/api/v1/sync?" + query);
    assertEquals(200, reply.status(), reply.toString());
    assertEquals("no-store", reply.header("Cache-Control"));
    JsonObject page = reply.json();
    assertTrue(
        page.isNull("nextPageToken") != page.isNull("nextSyncToken"),
        "exactly one next token: " + page);
    return page;
  }

  private static String encoded(String text) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String token(JsonObject page, String name) {
    return URLEncoder.encode(page.getString(name), StandardCharsets.UTF_8);
  }

  private static Set<String> ids(JsonObject page) {
    Set<String> ids = new TreeSet<>();
    page.getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(i -> ids.add(i.getString("id")));
    return ids;
  }

  private static Map<String, String> tombstones(JsonObject page) {
    Map<String, String> gone = new TreeMap<>();
    page.getJsonArray("deleted")
        .getValuesAs(JsonObject.class)
        .forEach(
            t -> gone.put(t.getString("id"), t.getString("locale") + ":" + t.getString("reason")));
    return gone;
  }

  private static String published(Api admin, String type, String title) {
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"" + title + "\"}"))
            .json()
            .getString("id");
    publish(admin, id, "nb");
    return id;
  }

  @Test
  void aFirstSyncPagesThroughWhatIsPublishedAndLaterSyncsGiveExactlyTheChanges(Api admin) {
    String type = createEventType(admin);
    String a = published(admin, type, "Alfa");
    String b = published(admin, type, "Beta");
    String c = published(admin, type, "Čeahkki");
    String draft =
        createItem(admin, type, "nb", json("{\"title\": \"Utkast\"}")).json().getString("id");
    Api reader = admin.anonymous();

    JsonObject first = sync(reader, "type=" + type + "&locale=nb&limit=2");
    assertEquals(2, first.getJsonArray("items").size());
    assertTrue(first.isNull("nextSyncToken"));
    JsonObject second = sync(reader, "token=" + token(first, "nextPageToken") + "&limit=2");
    assertTrue(second.isNull("nextPageToken"));
    Set<String> all = new TreeSet<>(ids(first));
    all.addAll(ids(second));
    assertEquals(new TreeSet<>(List.of(a, b, c)), all);
    JsonObject one = first.getJsonArray("items").getJsonObject(0);
    assertEquals("nb", one.getString("locale"));
    assertEquals(type, one.getString("type"));
    assertTrue(one.containsKey("fields"), one.toString());
    String since = token(second, "nextSyncToken");

    // nothing happened: nothing comes
    JsonObject quiet = sync(reader, "token=" + since);
    assertEquals(List.of(), new ArrayList<>(quiet.getJsonArray("items")));
    assertEquals(List.of(), new ArrayList<>(quiet.getJsonArray("deleted")));

    // publish a new one, edit and republish one, unpublish one, delete one, edit a draft
    String e = published(admin, type, "Eallu");
    String etag = admin.get("/api/v1/manage/items/" + a).etag();
    assertEquals(
        200,
        admin
            .put(
                "/api/v1/manage/items/" + a + "/variants/nb",
                fields(json("{\"title\": \"Alfa, endret\"}")),
                "If-Match",
                etag)
            .status());
    publish(admin, a, "nb");
    transition(admin, b, "nb", "unpublish");
    assertEquals(
        204,
        admin
            .delete(
                "/api/v1/manage/items/" + c,
                "If-Match",
                admin.get("/api/v1/manage/items/" + c).etag())
            .status());
    admin.put(
        "/api/v1/manage/items/" + draft + "/variants/nb",
        fields(json("{\"title\": \"Utkast, endret\"}")),
        "If-Match",
        admin.get("/api/v1/manage/items/" + draft).etag());

    JsonObject changes = sync(reader, "token=" + since);
    assertEquals(new TreeSet<>(List.of(a, e)), ids(changes));
    assertEquals(Map.of(b, "nb:unpublished", c, "nb:deleted"), tombstones(changes));
    JsonObject changedA =
        changes.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("id").equals(a))
            .findFirst()
            .orElseThrow();
    assertEquals("Alfa, endret", changedA.getJsonObject("fields").getString("title"));

    // the same changes in pages of one
    Set<String> paged = new TreeSet<>();
    Map<String, String> pagedGone = new TreeMap<>();
    String next = since;
    for (int i = 0; i < 10; i++) {
      JsonObject page = sync(reader, "token=" + next + "&limit=1");
      paged.addAll(ids(page));
      pagedGone.putAll(tombstones(page));
      assertTrue(page.getJsonArray("items").size() + page.getJsonArray("deleted").size() <= 1);
      if (page.isNull("nextPageToken")) {
        next = token(page, "nextSyncToken");
        break;
      }
      next = token(page, "nextPageToken");
    }
    assertEquals(ids(changes), paged);
    assertEquals(tombstones(changes), pagedGone);

    JsonObject after = sync(reader, "token=" + token(changes, "nextSyncToken"));
    assertEquals(0, after.getJsonArray("items").size() + after.getJsonArray("deleted").size());
  }

  @Test
  void badTokensAndParametersAre400s(Api admin) {
    Api reader = admin.anonymous();
    for (String query :
        List.of(
            "token=not-a-token",
            "token=" + encoded("s1|not-a-number||||"),
            "token=" + encoded("s9|1||||"),
            "token=" + encoded("s1|1|||0b6c1c43-5c1e-4a39-9a5e-0e3b0f8f3a11|"),
            "locale=xx",
            "type=no-such-type",
            "limit=0",
            "limit=1000",
            "limit=abc")) {
      Reply reply = reader.get("/api/v1/sync?" + query);
      assertEquals(400, reply.status(), query + ": " + reply);
      assertEquals("application/problem+json", reply.header("Content-Type").split(";")[0]);
    }
    JsonObject page = sync(reader, "locale=nb&limit=1");
    assertFalse(page.getJsonArray("items").isEmpty());
    Reply mixed = reader.get("/api/v1/sync?locale=nb&token=" + token(page, "nextPageToken"));
    assertEquals(400, mixed.status());
    assertTrue(page.getJsonArray("items").get(0).getValueType() == JsonValue.ValueType.OBJECT);
  }
}
