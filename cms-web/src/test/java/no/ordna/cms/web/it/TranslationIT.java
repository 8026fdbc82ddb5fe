package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The translators' workflow: provenance, outdated detection, the queue, the source diff. */
@ExtendWith(SharedServer.class)
class TranslationIT {

  private static final String ITEMS = "/api/v1/manage/items/";

  /** Saves a variant with the item's current ETag; returns the reply. */
  private static Reply save(Api api, String id, String locale, String fieldsJson) {
    String etag = api.get(ITEMS + id).etag();
    Reply reply =
        api.put(ITEMS + id + "/variants/" + locale, fields(json(fieldsJson)), "If-Match", etag);
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
    return reply;
  }

  private static String status(Api api, String id, String locale) {
    return api.get("/api/v1/manage/translations/" + id + "/" + locale).json().getString("status");
  }

  @Test
  void aTranslationRecordsItsSourceAndOnlyALocalizedChangeMakesItOutdated(Api api) {
    String type = createEventType(api);
    String id =
        createItem(
                api,
                type,
                "nb",
                json("{\"title\": \"Kilde\", \"body\": \"<p>En</p>\", \"venue\": \"Oslo\"}"))
            .json()
            .getString("id");
    JsonObject se =
        save(api, id, "se", "{\"title\": \"Gáldu\"}")
            .json()
            .getJsonObject("variants")
            .getJsonObject("se");
    assertEquals("nb", se.getString("sourceLocale"));
    assertEquals(1, se.getInt("sourceRevision"));
    assertEquals("in_progress", status(api, id, "se"));

    save(api, id, "nb", "{\"title\": \"Kilde\", \"body\": \"<p>En</p>\", \"venue\": \"Bergen\"}");
    assertEquals(
        "in_progress", status(api, id, "se"), "a shared field does not outdate a translation");

    save(api, id, "nb", "{\"title\": \"Kilde endret\", \"body\": \"<p>En</p>\"}");
    assertEquals("outdated", status(api, id, "se"));

    save(api, id, "nb", "{\"title\": \"Kilde\", \"body\": \"<p>En</p>\"}");
    assertEquals("in_progress", status(api, id, "se"), "back to the values it was translated from");
  }

  @Test
  void aNewVariantCanNameAnotherSourceLocale(Api api) {
    String type = createEventType(api);
    String id = createItem(api, type, "nb", json("{\"title\": \"Bokmål\"}")).json().getString("id");
    save(api, id, "nn", "{\"title\": \"Nynorsk\"}");
    String etag = api.get(ITEMS + id).etag();

    Reply smj =
        api.put(
            ITEMS + id + "/variants/smj",
            json("{\"fields\": {\"title\": \"Julevsámegiella\"}, \"sourceLocale\": \"nn\"}"),
            "If-Match",
            etag);

    assertEquals(201, smj.status(), smj.body());
    assertEquals(
        "nn", smj.json().getJsonObject("variants").getJsonObject("smj").getString("sourceLocale"));
    Reply bad =
        api.put(
            ITEMS + id + "/variants/sma",
            json("{\"fields\": {\"title\": \"x\"}, \"sourceLocale\": \"en\"}"),
            "If-Match",
            smj.etag());
    assertEquals(400, bad.status());
  }

  @Test
  void theQueueTellsMissingInProgressOutdatedAndDoneApart(Api api) {
    String type = createEventType(api);
    String missing =
        createItem(api, type, "nb", json("{\"title\": \"Mangler\"}")).json().getString("id");
    String progress =
        createItem(api, type, "nb", json("{\"title\": \"Påbegynt\"}")).json().getString("id");
    save(api, progress, "sma", "{\"title\": \"Álkoe\"}");
    String outdated =
        createItem(api, type, "nb", json("{\"title\": \"Utdatert\"}")).json().getString("id");
    save(api, outdated, "sma", "{\"title\": \"Båeries\"}");
    save(
        api,
        outdated,
        "nb",
        "{\"title\": \"Utdatert og endret\", \"body\": \"<p>Nytt avsnitt</p>\"}");
    String done =
        createItem(api, type, "nb", json("{\"title\": \"Ferdig\"}")).json().getString("id");
    save(api, done, "sma", "{\"title\": \"Gærjesjamme\"}");
    transition(api, done, "sma", "publish");

    Map<String, JsonObject> queue =
        api
            .get("/api/v1/manage/translations?locale=sma&type=" + type)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(e -> e.getString("itemId"), e -> e));

    assertEquals("missing", queue.get(missing).getString("status"));
    assertEquals("in_progress", queue.get(progress).getString("status"));
    assertEquals("outdated", queue.get(outdated).getString("status"));
    assertEquals(
        List.of("title", "body"),
        queue
            .get(outdated)
            .getJsonArray("fields")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("done", queue.get(done).getString("status"));
    assertEquals("admin", queue.get(progress).getJsonObject("translation").getString("updatedBy"));
    assertEquals("nb", queue.get(missing).getJsonObject("source").getString("locale"));
    JsonObject onlyOutdated =
        api.get("/api/v1/manage/translations?locale=sma&status=outdated&type=" + type).json();
    assertEquals(1, onlyOutdated.getJsonArray("items").size());
    assertEquals(400, api.get("/api/v1/manage/translations?locale=sma&status=late").status());
    assertEquals(400, api.get("/api/v1/manage/translations").status());
  }

  @Test
  void theDetailShowsTheSourceDiffByParagraphAndBlockAndMarkingUpToDateClearsIt(Api api) {
    String type = createEventType(api);
    String id =
        createItem(
                api,
                type,
                "nb",
                json(
                    """
            {"title": "Tittel", "body": "<p>Første</p><p>Andre</p><p>Tredje</p>",
             "content": [{"type": "paragraph", "id": "p1", "fields": {"text": "<p>Blokk en</p>"}},
                         {"type": "quote", "id": "q1", "fields": {"text": "Sitat", "person": "Gina Lund"}}]}
            """))
            .json()
            .getString("id");
    save(api, id, "se", "{\"title\": \"Namma\"}");
    save(
        api,
        id,
        "nb",
        """
        {"title": "Ny tittel", "body": "<p>Første</p><p>Andre, omskrevet</p><p>Tredje</p><p>Fjerde</p>",
         "content": [{"type": "quote", "id": "q1", "fields": {"text": "Sitat", "person": "Gina Lund", "role": "direktør"}},
                     {"type": "paragraph", "id": "p2", "fields": {"text": "<p>Ny blokk</p>"}}]}
        """);

    JsonObject detail = api.get("/api/v1/manage/translations/" + id + "/se").json();

    assertEquals("outdated", detail.getString("status"));
    Map<String, JsonObject> changes =
        detail.getJsonArray("sourceChanges").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getString("field"), c -> c));
    assertEquals("Tittel", changes.get("title").getString("before"));
    assertEquals("Ny tittel", changes.get("title").getString("after"));
    var paragraphs = changes.get("body").getJsonArray("parts");
    assertEquals("changed", paragraphs.getJsonObject(0).getString("change"));
    assertEquals(1, paragraphs.getJsonObject(0).getInt("afterIndex"));
    assertEquals("<p>Andre, omskrevet</p>", paragraphs.getJsonObject(0).getString("after"));
    assertEquals("added", paragraphs.getJsonObject(1).getString("change"));
    Map<String, String> blocks =
        changes.get("content").getJsonArray("parts").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(b -> b.getString("id"), b -> b.getString("change")));
    assertEquals(Map.of("p1", "removed", "q1", "changed", "p2", "added"), blocks);
    assertEquals(
        "Namma", detail.getJsonObject("translation").getJsonObject("fields").getString("title"));

    Reply marked =
        api.post("/api/v1/manage/translations/" + id + "/se/mark-up-to-date", json("{}"));
    assertEquals(200, marked.status(), marked.body());
    assertEquals(
        2, marked.json().getJsonObject("variants").getJsonObject("se").getInt("sourceRevision"));
    assertEquals("in_progress", status(api, id, "se"));
    assertEquals(
        0,
        api.get("/api/v1/manage/translations/" + id + "/se")
            .json()
            .getJsonArray("sourceChanges")
            .size());
  }

  @Test
  void localesArePublishedIndependentlyAndUnpublishingTheSourceKeepsTranslations(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Uavhengig\"}")).json().getString("id");
    save(api, id, "se", "{\"title\": \"Iešguhtet\"}");
    transition(api, id, "se", "publish");
    String path = "/api/v1/content/" + type + "/" + id;
    assertEquals(
        404, api.anonymous().get(path + "?locale=nb").status(), "publishing se did not publish nb");

    transition(api, id, "nb", "publish");
    save(api, id, "nb", "{\"title\": \"Uavhengig endret\"}");
    transition(api, id, "se", "publish");
    assertEquals(
        "Uavhengig",
        api.anonymous().get(path + "?locale=nb").json().getString("title"),
        "republishing se did not republish nb");

    transition(api, id, "nb", "unpublish");
    assertEquals("Iešguhtet", api.anonymous().get(path + "?locale=se").json().getString("title"));
    assertEquals(404, api.anonymous().get(path + "?locale=nb&fallback=false").status());
    assertTrue(api.get(ITEMS + id).json().getJsonObject("variants").containsKey("se"));
  }

  @Test
  void anEmptyLocalizedFieldFallsBackPerFieldInDelivery(Api api) {
    String type = createEventType(api);
    String id =
        createItem(
                api,
                type,
                "nb",
                json("{\"title\": \"Med brødtekst\", \"body\": \"<p>Bare på bokmål</p>\"}"))
            .json()
            .getString("id");
    save(api, id, "se", "{\"title\": \"Davvisámegillii\"}");
    transition(api, id, "nb", "publish");
    transition(api, id, "se", "publish");

    JsonObject se = api.anonymous().get("/api/v1/content/" + type + "/" + id + "?locale=se").json();

    assertEquals("se", se.getString("locale"));
    assertEquals("Davvisámegillii", se.getJsonObject("fields").getString("title"));
    assertEquals("<p>Bare på bokmål</p>", se.getJsonObject("fields").getString("body"));
    assertEquals("nb", se.getJsonObject("fieldFallbacks").getString("body"));
    JsonObject strict =
        api.anonymous()
            .get("/api/v1/content/" + type + "/" + id + "?locale=se&fallback=false")
            .json();
    assertTrue(!strict.getJsonObject("fields").containsKey("body"));
  }

  @Test
  void managementListsSortTitlesInEachLocalesAlphabet(Api api) {
    String type = createEventType(api);
    for (String title : List.of("Ål", "Zeta", "Ære", "Øst", "Alfa")) {
      createItem(api, type, "nb", json("{\"title\": \"" + title + "\"}"));
    }
    for (String title : List.of("ŋoahkka", "nieida", "žiehkka", "zoavdi", "šaddu", "sápmi")) {
      createItem(api, type, "se", json("{\"title\": \"" + title + "\"}"));
    }
    for (String title : List.of("ädne", "åhpadus", "vuojnnet", "áhttje", "ahtsa")) {
      createItem(api, type, "smj", json("{\"title\": \"" + title + "\"}"));
    }
    for (String title : List.of("åarjel", "øørnegh", "æjkoe", "zebra", "ïedtjh", "ibie")) {
      createItem(api, type, "sma", json("{\"title\": \"" + title + "\"}"));
    }

    assertEquals(List.of("Alfa", "Zeta", "Ære", "Øst", "Ål"), titles(api, type, "nb"));
    assertEquals(
        List.of("nieida", "ŋoahkka", "sápmi", "šaddu", "zoavdi", "žiehkka"),
        titles(api, type, "se"));
    assertEquals(
        List.of("ahtsa", "áhttje", "vuojnnet", "åhpadus", "ädne"), titles(api, type, "smj"));
    assertEquals(
        List.of("ibie", "ïedtjh", "zebra", "æjkoe", "øørnegh", "åarjel"), titles(api, type, "sma"));
  }

  private static List<String> titles(Api api, String type, String locale) {
    List<String> titles = new java.util.ArrayList<>();
    String next = null;
    do {
      JsonObject page =
          api.get(
                  ITEMS.substring(0, ITEMS.length() - 1)
                      + "?type="
                      + type
                      + "&locale="
                      + locale
                      + "&sort=title&limit=2"
                      + (next == null ? "" : "&cursor=" + next))
              .json();
      page.getJsonArray("items")
          .forEach(
              v ->
                  titles.add(
                      v.asJsonObject()
                          .getJsonObject("variants")
                          .getJsonObject(locale)
                          .getString("title")));
      next = page.isNull("next") ? null : page.getString("next");
    } while (next != null);
    return titles;
  }
}
