package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publishedItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Soft delete with a trash, and advisory editing locks. */
@ExtendWith(SharedServer.class)
class TrashAndLockIT {

  private static final String ITEMS = "/api/v1/manage/items/";

  @Test
  void deletingAReferencedPublishedItemReportsWhatWouldBreakThenTrashesAndRestores(Api api) {
    String type = createEventType(api);
    String target = publishedItem(api, type, "nb", json("{\"title\": \"Mål for lenker\"}"));
    String source =
        publishedItem(
            api,
            type,
            "nb",
            json("{\"title\": \"Lenker til mål\", \"related\": [\"" + target + "\"]}"));
    String etag = api.get(ITEMS + target).etag();

    Reply refused = api.delete(ITEMS + target, "If-Match", etag);
    assertEquals(409, refused.status(), refused.body());
    assertEquals(
        source, refused.json().getJsonArray("referencedBy").getJsonObject(0).getString("itemId"));
    assertEquals(200, api.get(ITEMS + target).status());

    assertEquals(204, api.delete(ITEMS + target + "?force=true", "If-Match", etag).status());
    assertEquals(404, api.get(ITEMS + target).status());
    assertEquals(404, api.anonymous().get("/api/v1/content/" + type + "/" + target).status());
    assertFalse(
        api.anonymous()
            .get("/api/v1/content/" + type + "/" + source)
            .json()
            .getJsonObject("fields")
            .containsKey("related"));
    JsonObject trashed =
        api.get("/api/v1/manage/trash?limit=100").json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getString("id").equals(target))
            .findFirst()
            .orElseThrow();
    assertEquals("admin", trashed.getString("deletedBy"));
    assertTrue(trashed.getString("purgeAt").compareTo(trashed.getString("deletedAt")) > 0);

    Reply restored = api.post("/api/v1/manage/trash/" + target + "/restore", json("{}"));
    assertEquals(200, restored.status(), restored.body());
    assertEquals(
        "unpublished",
        restored.json().getJsonObject("variants").getJsonObject("nb").getString("status"));
    assertEquals(200, api.get(ITEMS + target).status());
    assertEquals(404, api.post("/api/v1/manage/trash/" + target + "/restore", json("{}")).status());
    var actions = api.get("/api/v1/manage/audit?item=" + target).json().toString();
    assertTrue(
        actions.contains("item.trash")
            && actions.contains("item.restore")
            && actions.contains("workflow.unpublish") == false,
        actions);
  }

  @Test
  void anAdministratorCanEmptyAnItemFromTheTrashForGoodButAnEditorCannot(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Kastes for godt\"}"));
    String id = created.json().getString("id");
    assertEquals(404, api.delete("/api/v1/manage/trash/" + id).status(), "not in the trash yet");
    assertEquals(204, api.delete(ITEMS + id, "If-Match", created.etag()).status());

    Api editor = Users.create(api, "editor");
    assertEquals(403, editor.delete("/api/v1/manage/trash/" + id).status());
    assertEquals(204, api.delete("/api/v1/manage/trash/" + id).status());
    assertEquals(404, api.post("/api/v1/manage/trash/" + id + "/restore", json("{}")).status());
    assertEquals(404, api.delete("/api/v1/manage/trash/" + id).status());
    assertTrue(
        api.get("/api/v1/manage/audit?item=" + id).json().toString().contains("item.purge"),
        "the purge is in the audit trail");
  }

  @Test
  void anEditorLimitedToATypeSeesAndRestoresOnlyThatTypeInTheTrash(Api api) {
    String mine = createEventType(api);
    String other = createEventType(api);
    Reply a = createItem(api, mine, "nb", json("{\"title\": \"Min i søpla\"}"));
    Reply b = createItem(api, other, "nb", json("{\"title\": \"Annen i søpla\"}"));
    String idA = a.json().getString("id");
    String idB = b.json().getString("id");
    assertEquals(204, api.delete(ITEMS + idA, "If-Match", a.etag()).status());
    assertEquals(204, api.delete(ITEMS + idB, "If-Match", b.etag()).status());
    Api limited =
        Users.create(
            api,
            "editor",
            java.util.List.of("editor"),
            java.util.List.of(),
            java.util.List.of(mine));

    String trash = limited.get("/api/v1/manage/trash?limit=100").body();
    assertTrue(trash.contains(idA), "the editor's own type is listed");
    assertFalse(trash.contains(idB), "another type's item is not listed");
    Reply refused = limited.post("/api/v1/manage/trash/" + idB + "/restore", json("{}"));
    assertEquals(403, refused.status(), refused.body());
    assertTrue(
        api.get("/api/v1/manage/trash?limit=100").body().contains(idB), "still in the trash");
    assertEquals(
        200, limited.post("/api/v1/manage/trash/" + idA + "/restore", json("{}")).status());
  }

  @Test
  void aSecondEditorIsWarnedByTheLockButTheETagStillDecides(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Låst\"}"));
    String id = created.json().getString("id");
    String lock = ITEMS + id + "/variants/nb/lock";

    Reply mine = api.post(lock, json("{}"));
    assertEquals(200, mine.status(), mine.body());
    assertEquals("admin", mine.json().getString("holder"));
    assertEquals(
        "admin",
        api.get(ITEMS + id + "/variants/nb").json().getJsonObject("lock").getString("holder"));
    assertEquals(200, api.post(lock, json("{}")).status(), "the holder renews it");

    Reply saved =
        api.put(
            ITEMS + id + "/variants/nb",
            fields(json("{\"title\": \"Låst og lagret\"}")),
            "If-Match",
            created.etag());
    assertEquals(200, saved.status());

    assertEquals(204, api.delete(lock).status());
    assertEquals(404, api.get(lock).status());
  }
}
