package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every management list pages the same way: {@code limit}, {@code cursor} and the answer's {@code
 * next}. For each list: walking it with {@code next} in pages smaller than it shows each entry
 * exactly once, in the list's order; a made-up cursor, a cursor of another list and a bad limit are
 * 400s naming the parameter.
 */
@ExtendWith(SharedServer.class)
class PagingIT {

  private static final String ITEMS = "/api/v1/manage/items";

  /** The ids of every entry of a list, page by page, failing on an id seen twice. */
  private static List<String> walk(Api api, String path, int limit, int expectedPages) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String next = null;
    int pages = 0;
    do {
      Reply reply =
          api.get(
              path
                  + (path.contains("?") ? "&" : "?")
                  + "limit="
                  + limit
                  + (next == null ? "" : "&cursor=" + next));
      assertEquals(200, reply.status(), reply.toString());
      JsonObject page = reply.json();
      assertTrue(page.getJsonArray("items").size() <= limit, page.toString());
      page.getJsonArray("items")
          .forEach(
              entry -> {
                // the translation queue's entries are items: itemId
                JsonObject object = entry.asJsonObject();
                String id = object.getString(object.containsKey("id") ? "id" : "itemId");
                assertTrue(seen.add(id), id + " shown twice in " + path);
                ids.add(id);
              });
      assertTrue(page.containsKey("next"), "every page says whether another follows: " + path);
      next = page.isNull("next") ? null : page.getString("next");
      assertTrue(next == null || next.matches("[A-Za-z0-9_-]+"), "URL-safe cursor: " + next);
      pages++;
      assertTrue(pages <= 1000, "the list ends");
    } while (next != null);
    if (expectedPages > 0) {
      assertEquals(expectedPages, pages, path);
    }
    return ids;
  }

  /** The first page's next cursor of a list (which must have more than {@code limit} entries). */
  private static String firstNext(Api api, String path) {
    JsonObject page = api.get(path + (path.contains("?") ? "&" : "?") + "limit=1").json();
    assertTrue(!page.isNull("next"), path + " has more than one entry");
    return page.getString("next");
  }

  /** A made-up cursor, an altered one and one of another list are each a 400 naming cursor. */
  private static void refusesCursors(Api api, String path, String foreign) {
    String sep = path.contains("?") ? "&" : "?";
    String own = firstNext(api, path);
    // a character in the middle (the last one may carry only padding bits, which decoding ignores)
    int middle = own.length() / 2;
    String altered =
        own.substring(0, middle)
            + (own.charAt(middle) == 'A' ? 'B' : 'A')
            + own.substring(middle + 1);
    for (String bad : List.of("bogus", "MTc3MjM2ODQ5NjowOmFiYw", altered, foreign)) {
      Reply reply = api.get(path + sep + "cursor=" + bad);
      assertEquals(400, reply.status(), path + " with cursor " + bad + ": " + reply);
      assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
      assertEquals(
          "cursor",
          reply.json().getJsonArray("errors").getJsonObject(0).getString("path"),
          reply.body());
    }
    for (String bad : List.of("0", "-1", "abc", "100000")) {
      Reply reply = api.get(path + sep + "limit=" + bad);
      assertEquals(400, reply.status(), path + " with limit " + bad + ": " + reply);
      assertEquals(
          "limit",
          reply.json().getJsonArray("errors").getJsonObject(0).getString("path"),
          reply.body());
    }
  }

  private static List<String> createItems(Api api, String type, int count, String title) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(
          createItem(
                  api,
                  type,
                  "nb",
                  json(
                      "{\"title\": \""
                          + (title == null ? "Sak " + i : title)
                          + "\", \"slug\": \"sak-"
                          + i
                          + "\"}"))
              .json()
              .getString("id"));
    }
    return ids;
  }

  /** A cursor of the audit trail, to offer to the other lists. */
  private static String auditCursor(Api api) {
    return firstNext(api, "/api/v1/manage/audit");
  }

  @Test
  void theItemListPagesNewestFirstAndByTitleWithTiesOnce(Api api) {
    String type = createEventType(api);
    List<String> created = createItems(api, type, 7, null);
    // items whose titles collate alike are told apart by id
    for (int i = 0; i < 4; i++) {
      created.add(
          createItem(api, type, "nb", json("{\"title\": \"Ávvir\", \"slug\": \"avvir-" + i + "\"}"))
              .json()
              .getString("id"));
    }

    List<String> newest = walk(api, ITEMS + "?type=" + type, 3, 4);
    assertEquals(Set.copyOf(created), Set.copyOf(newest));
    List<String> reversed = new ArrayList<>(created);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, newest, "newest change first");

    List<String> byTitle = walk(api, ITEMS + "?type=" + type + "&sort=title&locale=nb", 2, 6);
    assertEquals(Set.copyOf(created), Set.copyOf(byTitle));

    String path = ITEMS + "?type=" + type;
    refusesCursors(api, path, auditCursor(api));
    String titleCursor = firstNext(api, ITEMS + "?type=" + type + "&sort=title&locale=nb");
    assertEquals(
        400,
        api.get(path + "&cursor=" + titleCursor).status(),
        "a cursor of the list by title is not one of the list by change");
    assertEquals(
        400,
        api.get(ITEMS + "?type=" + type + "&sort=title&locale=se&cursor=" + titleCursor).status(),
        "nor of the list by title in another locale");
  }

  @Test
  void theAuditTrailPagesNewestFirstOnce(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Revisjon 0\"}"));
    String id = created.json().getString("id");
    String etag = created.etag();
    for (int i = 1; i <= 6; i++) {
      Reply saved =
          api.put(
              ITEMS + "/" + id + "/variants/nb",
              fields(json("{\"title\": \"Revisjon " + i + "\"}")),
              "If-Match",
              etag);
      assertEquals(200, saved.status(), saved.toString());
      etag = saved.etag();
    }

    List<String> events = walk(api, "/api/v1/manage/audit?item=" + id, 3, 0);
    assertTrue(events.size() >= 7, events.toString());

    String trashCursor = trashCursor(api);
    refusesCursors(api, "/api/v1/manage/audit?item=" + id, trashCursor);
  }

  private static String trashCursor(Api api) {
    String type = createEventType(api);
    for (String id : createItems(api, type, 2, null)) {
      trash(api, id);
    }
    return firstNext(api, "/api/v1/manage/trash");
  }

  private static void trash(Api api, String id) {
    Reply read = api.get(ITEMS + "/" + id);
    Reply deleted = api.delete(ITEMS + "/" + id, "If-Match", read.etag());
    assertEquals(204, deleted.status(), deleted.toString());
  }

  @Test
  void theTrashPagesByDeletionOnceWithoutOffsets(Api api) {
    String type = createEventType(api);
    List<String> created = createItems(api, type, 7, null);
    for (String id : created) {
      trash(api, id);
    }

    List<String> trash = walk(api, "/api/v1/manage/trash", 3, 0);
    List<String> mine = trash.stream().filter(created::contains).toList();
    List<String> reversed = new ArrayList<>(created);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, mine, "most recently deleted first, each once");
    assertEquals(
        reversed.subList(0, 3), trash.subList(0, 3), "nothing was deleted after them meanwhile");

    // a restore between pages neither repeats nor skips the others
    String next = firstNext(api, "/api/v1/manage/trash");
    String first = trash.get(0);
    assertEquals(200, api.post("/api/v1/manage/trash/" + first + "/restore", json("{}")).status());
    JsonObject after = api.get("/api/v1/manage/trash?limit=2&cursor=" + next).json();
    assertEquals(
        trash.subList(1, 3),
        after.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList());

    refusesCursors(api, "/api/v1/manage/trash", auditCursor(api));
  }

  @Test
  void theAssetListPagesNewestFirstOnce(Api api) {
    String name = "paging-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> uploaded = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Reply reply =
          TestAssets.upload(
              api,
              TestAssets.image("png", 20 + i, 10),
              "image/png",
              "fileName=" + name + "-" + i + ".png&locale=nb&alt=Bilde");
      assertEquals(201, reply.status(), reply.toString());
      uploaded.add(reply.json().getString("id"));
    }

    String path = "/api/v1/manage/assets?q=" + name;
    List<String> listed = walk(api, path, 3, 3);
    List<String> reversed = new ArrayList<>(uploaded);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, listed, "newest first, each once");
    assertEquals(listed, walk(api, path + "&kind=image", 5, 2));

    refusesCursors(api, path, auditCursor(api));
  }

  @Test
  void theTranslationQueuePagesInEachOrderOnceAcrossTheNeverPublished(Api api) {
    String type = createEventType(api);
    List<String> created = createItems(api, type, 7, null);
    // three published (their source has a publish date), four never published (none: last)
    for (String id : created.subList(0, 3)) {
      assertEquals(200, publish(api, id, "nb").status());
    }

    String path = "/api/v1/manage/translations?locale=se&type=" + type;
    List<String> newest = walk(api, path, 2, 4);
    assertEquals(Set.copyOf(created), Set.copyOf(newest));
    assertEquals(
        List.of(created.get(2), created.get(1), created.get(0)),
        newest.subList(0, 3),
        "newest publication first");
    assertEquals(Set.copyOf(created.subList(3, 7)), Set.copyOf(newest.subList(3, 7)));

    List<String> oldest = walk(api, path + "&sort=sourcePublishDate", 2, 4);
    assertEquals(created.subList(0, 3), oldest.subList(0, 3), "oldest publication first");
    assertEquals(newest.subList(3, 7), oldest.subList(3, 7), "the never published last, by id");

    List<String> changed = walk(api, path + "&sort=-updatedAt", 3, 3);
    assertEquals(Set.copyOf(created), Set.copyOf(changed));

    refusesCursors(api, path, auditCursor(api));
    String newestCursor = firstNext(api, path);
    assertEquals(
        400,
        api.get(path + "&sort=-updatedAt&cursor=" + newestCursor).status(),
        "a cursor of one order is not one of another");
  }

  @Test
  void aWebhooksDeliveryLogPagesNewestFirstOnce(Api api) throws InterruptedException {
    String type = createEventType(api);
    var body =
        Json.createObjectBuilder()
            // nothing listens there: the deliveries stay in the log
            .add("url", "http://127.0.0.1:9/paging")
            .add("events", Json.createArrayBuilder(List.of("content.published")))
            .add("contentTypes", Json.createArrayBuilder(List.of(type)));
    Reply hook = api.post("/api/v1/manage/webhooks", body.build());
    assertEquals(201, hook.status(), hook.toString());
    String deliveries = "/api/v1/manage/webhooks/" + hook.json().getString("id") + "/deliveries";
    for (String id : createItems(api, type, 7, null)) {
      assertEquals(200, publish(api, id, "nb").status());
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (api.get(deliveries + "?limit=100").json().getJsonArray("items").size() < 7) {
      assertTrue(Instant.now().isBefore(deadline), "seven deliveries are logged");
      Thread.sleep(200);
    }

    List<String> listed = walk(api, deliveries, 3, 3);
    assertEquals(7, new LinkedHashSet<>(listed).size());

    refusesCursors(api, deliveries, auditCursor(api));
  }

  @Test
  void theCursorParameterIsDescribedOnEveryListOperation(Api api) {
    JsonObject paths =
        api.anonymous().get("/openapi", "Accept", "application/json").json().getJsonObject("paths");
    for (String path :
        List.of(
            ITEMS,
            "/api/v1/manage/audit",
            "/api/v1/manage/trash",
            "/api/v1/manage/assets",
            "/api/v1/manage/translations",
            "/api/v1/manage/webhooks/{id}/deliveries")) {
      var parameters = paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters");
      for (String name : List.of("limit", "cursor")) {
        List<JsonObject> named =
            parameters.stream()
                .map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").equals(name))
                .toList();
        assertEquals(1, named.size(), path + " " + name + ": " + parameters);
        assertEquals("query", named.get(0).getString("in"));
        assertTrue(named.get(0).containsKey("description"), path + " " + name);
      }
      assertTrue(
          parameters.stream().noneMatch(p -> p.asJsonObject().getString("name").equals("offset")),
          path);
    }
  }
}
