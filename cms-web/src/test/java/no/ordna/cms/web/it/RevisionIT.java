package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full history: every save a revision with its comment; read, diff and restore revisions. */
@ExtendWith(SharedServer.class)
class RevisionIT {

  private static Reply save(Api api, String path, String etag, String body) {
    Reply reply = api.put(path, json(body), "If-Match", etag);
    assertEquals(200, reply.status(), reply.body());
    return reply;
  }

  @Test
  void revisionsCanBeReadDiffedAndRestoredWithoutRewritingHistory(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(
            api,
            type,
            "nb",
            json("{\"title\": \"Første\", \"body\": \"<p>A</p><p>B</p>\", \"venue\": \"Oslo\"}"));
    String id = created.json().getString("id");
    String path = "/api/v1/manage/items/" + id + "/variants/nb";
    Reply second =
        save(
            api,
            path,
            created.etag(),
            "{\"fields\": {\"title\": \"Andre\", \"body\": \"<p>A</p><p>B endret</p>\", \"venue\": \"Bergen\"}, \"comment\": \"Ny tittel\"}");
    Reply third =
        save(
            api,
            path,
            second.etag(),
            "{\"fields\": {\"title\": \"Tredje\", \"body\": \"<p>A</p>\"}}");

    var list = api.get(path + "/revisions").json().getJsonArray("items");
    assertEquals(3, list.size());
    assertEquals("Ny tittel", list.getJsonObject(1).getString("comment"));
    JsonObject one = api.get(path + "/revisions/1").json();
    assertEquals("Første", one.getJsonObject("fields").getString("title"));
    assertEquals("Oslo", one.getJsonObject("shared").getString("venue"));
    assertEquals(404, api.get(path + "/revisions/9").status());

    JsonObject diff = api.get(path + "/revisions/diff?from=1&to=2").json();
    Map<String, JsonObject> fields =
        diff.getJsonArray("fields").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getString("field"), c -> c));
    assertEquals("Andre", fields.get("title").getString("after"));
    assertEquals(1, fields.get("body").getJsonArray("parts").getJsonObject(0).getInt("afterIndex"));
    assertEquals("Bergen", diff.getJsonArray("shared").getJsonObject(0).getString("after"));
    assertEquals(400, api.get(path + "/revisions/diff?from=1").status());

    Reply restored =
        api.post(
            path + "/revisions/1/restore",
            json("{\"comment\": \"Tilbake til start\"}"),
            "If-Match",
            third.etag());
    assertEquals(200, restored.status(), restored.body());
    JsonObject nb = restored.json().getJsonObject("variants").getJsonObject("nb");
    assertEquals(4, nb.getInt("revision"));
    assertEquals("Første", nb.getJsonObject("fields").getString("title"));
    assertEquals(
        "Bergen",
        restored.json().getJsonObject("shared").getString("venue"),
        "shared values stay unless asked");
    var after = api.get(path + "/revisions").json().getJsonArray("items");
    assertEquals(4, after.size());
    assertTrue(after.getJsonObject(3).getString("comment").startsWith("Restored revision 1"));
    assertEquals(
        1,
        api.get("/api/v1/manage/audit?item=" + id + "&action=revision.restore")
            .json()
            .getJsonArray("items")
            .size());

    Reply withShared =
        api.post(
            path + "/revisions/1/restore",
            json("{\"includeShared\": true}"),
            "If-Match",
            restored.etag());
    assertEquals("Oslo", withShared.json().getJsonObject("shared").getString("venue"));
    assertEquals(
        412,
        api.post(path + "/revisions/2/restore", json("{}"), "If-Match", restored.etag()).status());
  }
}
