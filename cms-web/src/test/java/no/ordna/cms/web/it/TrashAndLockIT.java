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
import java.time.Instant;
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
    String variant = ITEMS + id + "/variants/nb";
    String lock = variant + "/lock";
    Api first = Users.create(api, "editor");
    Api second = Users.create(api, "editor");
    String firstName = username(first);
    String secondName = username(second);

    Reply mine = first.post(lock, json("{}"));
    assertEquals(200, mine.status(), mine.body());
    assertEquals(firstName, mine.json().getString("holder"));
    Instant since = Instant.parse(mine.json().getString("since"));
    assertEquals(firstName, second.get(variant).json().getJsonObject("lock").getString("holder"));
    assertEquals(200, first.post(lock, json("{}")).status(), "the holder renews it");

    Reply warned = second.post(lock, json("{}"));
    assertEquals(409, warned.status(), warned.body());
    assertEquals("application/problem+json", warned.header("Content-Type"));
    assertEquals("urn:ordna:problem:locked", warned.json().getString("type"), warned.body());
    assertEquals(firstName, warned.json().getString("holder"), warned.body());
    assertEquals(since, Instant.parse(warned.json().getString("since")), warned.body());
    assertTrue(
        Instant.parse(warned.json().getString("expiresAt")).isAfter(Instant.now()), warned.body());
    assertTrue(warned.json().getString("detail").contains(firstName), warned.body());
    assertEquals(
        firstName, api.get(lock).json().getString("holder"), "the warning took nothing over");
    assertEquals(403, second.delete(lock).status(), "only the holder or an admin releases it");

    Reply saved =
        second.put(
            variant,
            fields(json("{\"title\": \"Låst og lagret av en annen\"}")),
            "If-Match",
            created.etag());
    assertEquals(200, saved.status(), "the lock only warns: " + saved.body());
    String warning = saved.header("X-Edit-Lock");
    assertTrue(warning != null && warning.startsWith("held-by=" + firstName), warning);
    Reply stale =
        first.put(
            variant,
            fields(json("{\"title\": \"Holderens lagring\"}")),
            "If-Match",
            created.etag());
    assertEquals(412, stale.status(), "the ETag decides, not the lock: " + stale.body());

    Reply takenOver = second.post(lock + "?force=true", json("{}"));
    assertEquals(200, takenOver.status(), takenOver.body());
    assertEquals(secondName, takenOver.json().getString("holder"));
    assertEquals(secondName, api.get(lock).json().getString("holder"));
    assertEquals(409, first.post(lock, json("{}")).status(), "now the first is warned");

    assertEquals(204, second.delete(lock).status());
    assertEquals(404, api.get(lock).status());
  }

  private static String username(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }
}
