package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The translators' queue counted per status: the numbers the queue's filters would list. */
@ExtendWith(SharedServer.class)
class TranslationCountsIT {

  private static final String ITEMS = "/api/v1/manage/items/";

  private static void save(Api api, String id, String locale, String fieldsJson) {
    String etag = api.get(ITEMS + id).etag();
    Reply reply =
        api.put(ITEMS + id + "/variants/" + locale, fields(json(fieldsJson)), "If-Match", etag);
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
  }

  private static String item(Api api, String type, String title) {
    return createItem(api, type, "nb", json("{\"title\": \"" + title + "\"}"))
        .json()
        .getString("id");
  }

  private static int listed(Api api, String type, String status) {
    return api.get(
            "/api/v1/manage/translations?locale=smj&limit=100&type=" + type + "&status=" + status)
        .json()
        .getJsonArray("items")
        .size();
  }

  @Test
  void eachStatusIsCountedAsTheQueueListsIt(Api api) {
    String type = createEventType(api);
    item(api, type, "Mangler");
    item(api, type, "Mangler også");
    String progress = item(api, type, "Påbegynt");
    save(api, progress, "smj", "{\"title\": \"Álgadum\"}");
    String outdated = item(api, type, "Utdatert");
    save(api, outdated, "smj", "{\"title\": \"Boares\"}");
    save(api, outdated, "nb", "{\"title\": \"Utdatert og endret\"}");
    String done = item(api, type, "Ferdig");
    save(api, done, "smj", "{\"title\": \"Gárves\"}");
    transition(api, done, "smj", "publish");

    Reply reply = api.get("/api/v1/manage/translations/counts?locale=smj&type=" + type);
    assertEquals(200, reply.status(), reply.body());
    JsonObject counts = reply.json().getJsonObject("counts");
    assertEquals("smj", reply.json().getString("locale"));
    assertEquals(2, counts.getInt("missing"));
    assertEquals(1, counts.getInt("outdated"));
    assertEquals(1, counts.getInt("in_progress"));
    assertEquals(1, counts.getInt("done"));
    assertEquals(5, reply.json().getInt("total"));
    for (String status : new String[] {"missing", "outdated", "in_progress", "done"}) {
      assertEquals(listed(api, type, status), counts.getInt(status), status);
    }

    // a translator of another locale reads the counts too (the queue is readable by everyone)
    Api translator = Users.create(api, "translator", "se");
    assertEquals(
        200, translator.get("/api/v1/manage/translations/counts?locale=smj&type=" + type).status());
  }

  @Test
  void badParametersAreRefusedClearly(Api api) {
    Reply noLocale = api.get("/api/v1/manage/translations/counts");
    assertEquals(400, noLocale.status());
    assertTrue(noLocale.body().contains("locale"), noLocale.body());
    Reply unknownType = api.get("/api/v1/manage/translations/counts?locale=se&type=no-such-type");
    assertEquals(400, unknownType.status());
    assertTrue(unknownType.body().contains("type"), unknownType.body());
    assertEquals(400, api.get("/api/v1/manage/translations/counts?locale=xx").status());
  }
}
