package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the editorial app's lists need from the API: the item list filtered by the state of a
 * translation, each variant's "outdated" in the list, the 409s of a type change naming the affected
 * fields, and the trash's titles by locale.
 */
@ExtendWith(SharedServer.class)
class ItemListFilterIT {

  private static final String ITEMS = "/api/v1/manage/items/";

  private static String create(Api api, String type, String locale, String title) {
    return createItem(api, type, locale, json("{\"title\": \"" + title + "\"}"))
        .json()
        .getString("id");
  }

  private static void save(Api api, String id, String locale, String title) {
    String etag = api.get(ITEMS + id).etag();
    Reply reply =
        api.put(
            ITEMS + id + "/variants/" + locale,
            fields(json("{\"title\": \"" + title + "\"}")),
            "If-Match",
            etag);
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
  }

  private static List<String> titles(Api api, String query, String locale) {
    Reply reply = api.get("/api/v1/manage/items?" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> item.getJsonObject("variants").getJsonObject(locale))
        .map(variant -> variant.getString("title"))
        .toList();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theListFiltersByTheStateOfATranslationAndShowsOutdatedVariants(Api api) {
    String type = createEventType(api);
    String missing = create(api, type, "nb", "Mangler samisk");
    String inProgress = create(api, type, "nb", "Under arbeid");
    save(api, inProgress, "se", "Bargu jođus");
    String outdated = create(api, type, "nb", "Utdatert");
    save(api, outdated, "se", "Boares");
    save(api, outdated, "nb", "Utdatert, endret etterpå");
    String done = create(api, type, "nb", "Ferdig");
    save(api, done, "se", "Gárvvis");
    transition(api, done, "se", "publish");
    create(api, type, "se", "Álgoálggus sámegillii");

    String base = "type=" + type + "&locale=se&translation=";
    assertEquals(List.of("Mangler samisk"), titles(api, base + "missing", "nb"));
    assertEquals(List.of("Boares"), titles(api, base + "outdated", "se"));
    assertEquals(List.of("Bargu jođus"), titles(api, base + "in_progress", "se"));
    assertEquals(List.of("Gárvvis"), titles(api, base + "done", "se"));
    assertEquals(
        List.of("Boares"),
        titles(api, base + "outdated&sort=title", "se"),
        "by title in the target's alphabet");
    assertEquals(
        List.of("Mangler samisk"),
        titles(api, base + "missing&q=" + q("mangler"), "nb"),
        "with missing, the title search looks at any variant");
    assertEquals(List.of(), titles(api, base + "missing&q=" + q("ferdig"), "nb"));
    assertEquals(
        List.of("Bargu jođus"),
        titles(api, base + "in_progress&status=draft", "se"),
        "the status filter names the same variant");

    Map<String, JsonObject> listed =
        api
            .get("/api/v1/manage/items?type=" + type + "&locale=se")
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(i -> i.getString("id"), i -> i.getJsonObject("variants")));
    JsonObject stale = listed.get(outdated).getJsonObject("se");
    assertTrue(stale.getBoolean("translationOutdated"), stale.toString());
    assertEquals("nb", stale.getString("sourceLocale"));
    assertNotNull(stale.getString("updatedBy"));
    assertFalse(listed.get(inProgress).getJsonObject("se").getBoolean("translationOutdated"));
    assertFalse(listed.get(outdated).getJsonObject("nb").getBoolean("translationOutdated"));
    assertFalse(listed.containsKey(missing), "locale=se lists items with an se variant");
  }

  @Test
  void translationFiltersThatCannotMatchAreRefusedWithTheParameterNamed(Api api) {
    String type = createEventType(api);
    Map<String, String> refused =
        Map.of(
            "translation=missing", "translation",
            "locale=se&translation=stale", "translation",
            "locale=se&translation=missing&status=draft", "status",
            "locale=se&translation=missing&sort=title", "sort");
    refused.forEach(
        (query, path) -> {
          Reply reply = api.get("/api/v1/manage/items?type=" + type + "&" + query);
          assertEquals(400, reply.status(), query);
          assertTrue(
              reply.json().getJsonArray("errors").stream()
                  .anyMatch(e -> path.equals(e.asJsonObject().getString("path"))),
              query + " → " + reply.body());
        });
  }

  @Test
  void pagesByTitleInSamiOrderWithATranslationFilterNeitherRepeatNorSkip(Api api) {
    String type = createEventType(api);
    List<String> expected = List.of("Áhkku", "Čáhci", "Dálki", "Đuoddar", "Ruoŧŧa", "Žieŋa");
    for (String title : List.of("Žieŋa", "Dálki", "Áhkku", "Ruoŧŧa", "Đuoddar", "Čáhci")) {
      String id = create(api, type, "nb", "Kilde " + title);
      save(api, id, "se", title);
    }
    create(api, type, "nb", "Uten samisk");
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Reply reply =
          api.get(
              "/api/v1/manage/items?type="
                  + type
                  + "&locale=se&translation=in_progress&sort=title&limit=4"
                  + (cursor == null ? "" : "&cursor=" + q(cursor)));
      assertEquals(200, reply.status(), reply.body());
      reply.json().getJsonArray("items").stream()
          .map(i -> i.asJsonObject().getJsonObject("variants").getJsonObject("se"))
          .forEach(v -> seen.add(v.getString("title")));
      JsonValue next = reply.json().get("next");
      cursor = next == JsonValue.NULL ? null : reply.json().getString("next");
    } while (cursor != null);
    assertEquals(expected, seen);
  }

  /** The definition with its fields replaced by {@code fields(list)}. */
  private static JsonObject withFields(
      JsonObject definition, java.util.function.UnaryOperator<List<JsonValue>> change) {
    List<JsonValue> fields = new ArrayList<>(definition.getJsonArray("fields"));
    var array = jakarta.json.Json.createArrayBuilder();
    change.apply(fields).forEach(array::add);
    return jakarta.json.Json.createObjectBuilder(definition).add("fields", array).build();
  }

  private static boolean isVenue(JsonValue field) {
    return field.asJsonObject().getString("key").equals("venue");
  }

  @Test
  void aTypeChangeRefusedWith409NamesTheAffectedFields(Api api) {
    String type = createEventType(api);
    createItem(api, type, "nb", json("{\"title\": \"Med sted\", \"venue\": \"Tromsø\"}"));
    String path = "/api/v1/manage/content-types/" + type;
    Reply current = api.get(path);
    JsonObject definition = current.json();
    String etag = current.etag();

    Reply migration =
        api.put(
            path,
            withFields(
                definition,
                fields -> fields.stream().filter(f -> !isVenue(f)).collect(Collectors.toList())),
            "If-Match",
            etag);
    assertEquals(409, migration.status(), migration.body());
    assertEquals("urn:ordna:problem:migration-required", migration.json().getString("type"));
    JsonObject dropped = migration.json().getJsonArray("affectedFields").getJsonObject(0);
    assertEquals("venue", dropped.getString("field"));
    assertEquals("dropped", dropped.getString("change"));
    assertEquals(1, dropped.getInt("count"));

    Reply fill =
        api.put(
            path,
            withFields(
                definition,
                fields -> {
                  fields.add(
                      json(
                          "{\"key\": \"audience\", \"type\": \"text\", \"localized\": false,"
                              + " \"required\": true, \"default\": \"alle\"}"));
                  return fields;
                }),
            "If-Match",
            etag);
    assertEquals(409, fill.status(), fill.body());
    JsonObject filled = fill.json().getJsonArray("affectedFields").getJsonObject(0);
    assertEquals("audience", filled.getString("field"));
    assertEquals("filled", filled.getString("change"));
    assertEquals(1, filled.getInt("count"));
    assertEquals("alle", filled.getString("default"));

    Reply conflict =
        api.put(
            path,
            withFields(
                definition,
                fields ->
                    fields.stream()
                        .map(
                            f ->
                                isVenue(f)
                                    ? (JsonValue)
                                        json(
                                            "{\"key\": \"venue\", \"type\": \"number\","
                                                + " \"localized\": false}")
                                    : f)
                        .collect(Collectors.toList())),
            "If-Match",
            etag);
    assertEquals(409, conflict.status(), conflict.body());
    assertEquals("urn:ordna:problem:type-change-conflict", conflict.json().getString("type"));
    JsonObject misfit = conflict.json().getJsonArray("affectedFields").getJsonObject(0);
    assertEquals("venue", misfit.getString("field"));
    assertEquals("misfit", misfit.getString("change"));
  }

  @Test
  void theTrashListsTitlesByLocale(Api api) {
    String type = createEventType(api);
    String id = create(api, type, "nb", "Til papirkurven");
    save(api, id, "se", "Ruskalihttái");
    assertEquals(204, api.delete(ITEMS + id, "If-Match", api.get(ITEMS + id).etag()).status());
    JsonObject entry =
        api.get("/api/v1/manage/trash?limit=100").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("nb", entry.getString("originalLocale"));
    assertEquals(
        "Ruskalihttái", entry.getJsonObject("variants").getJsonObject("se").getString("title"));
    assertEquals(
        "Til papirkurven", entry.getJsonObject("variants").getJsonObject("nb").getString("title"));
  }
}
