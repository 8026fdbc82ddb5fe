package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Locales are configuration an administrator changes through the API, validated. */
@ExtendWith(SharedServer.class)
class LocaleSettingsIT {

  private static final String LOCALES = "/api/v1/manage/locales";

  private static JsonObject settings(String defaultLocale, String... codeAndChain) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String entry : codeAndChain) {
      String[] parts = entry.split(":");
      JsonArrayBuilder chain = Json.createArrayBuilder();
      if (parts.length > 1) {
        for (String step : parts[1].split(",")) {
          chain.add(step);
        }
      }
      items.add(Json.createObjectBuilder().add("code", parts[0]).add("fallback", chain));
    }
    return Json.createObjectBuilder().add("default", defaultLocale).add("items", items).build();
  }

  private static final String[] DEFAULTS = {"nb", "nn:nb", "en:nb", "se:nb", "smj:nb", "sma:nb"};

  /** PUTs the settings with If-Match: their ETag as read just before. */
  private static Reply change(Api api, JsonObject settings) {
    return api.put(LOCALES, settings, "If-Match", api.get(LOCALES).etag());
  }

  private static JsonObject withSmaChain(JsonObject current, String... chain) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (JsonObject item : current.getJsonArray("items").getValuesAs(JsonObject.class)) {
      JsonArrayBuilder fallback = Json.createArrayBuilder();
      if (item.getString("code").equals("sma")) {
        for (String step : chain) {
          fallback.add(step);
        }
      } else {
        fallback = Json.createArrayBuilder(item.getJsonArray("fallback"));
      }
      items.add(
          Json.createObjectBuilder().add("code", item.getString("code")).add("fallback", fallback));
    }
    return Json.createObjectBuilder()
        .add("default", current.getString("default"))
        .add("items", items)
        .build();
  }

  private static String smaChain(Api api) {
    return api.get(LOCALES).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals("sma"))
        .findFirst()
        .orElseThrow()
        .getJsonArray("fallback")
        .toString();
  }

  @Test
  void changingTheLocalesNeedsTheCurrentETagOrAStar(Api api) {
    Reply read = api.get(LOCALES);
    String first = read.etag();
    assertTrue(first != null && first.matches("\"[^\"]+\""), "a strong ETag: " + first);
    assertEquals(first, api.get(LOCALES).etag(), "the same settings, the same tag");
    String chainBefore = smaChain(api);
    JsonObject changed = withSmaChain(read.json(), "se", "nb");
    try {
      Reply unconditional = api.put(LOCALES, changed);
      assertEquals(428, unconditional.status(), unconditional.body());
      assertEquals("urn:ordna:problem:if-match-required", unconditional.json().getString("type"));
      assertEquals(chainBefore, smaChain(api), "nothing changed");
      assertEquals(first, api.get(LOCALES).etag());

      Reply current = api.put(LOCALES, changed, "If-Match", first);
      assertEquals(200, current.status(), current.body());
      assertEquals("[\"se\",\"nb\"]", smaChain(api));
      String second = current.etag();
      assertTrue(second != null && !second.equals(first), second);
      assertEquals(second, api.get(LOCALES).etag(), "the answer's ETag is the one read after");

      Reply stale = api.put(LOCALES, read.json(), "If-Match", first);
      assertEquals(412, stale.status(), stale.body());
      assertEquals("urn:ordna:problem:stale-etag", stale.json().getString("type"));
      assertEquals(second, stale.json().getString("currentEtag"));
      assertEquals("[\"se\",\"nb\"]", smaChain(api), "nothing changed");

      Reply same = api.put(LOCALES, changed, "If-Match", second);
      assertEquals(200, same.status(), same.body());
      assertTrue(
          !same.etag().equals(second), "every saved change is a new version, even an equal one");
    } finally {
      Reply any = api.put(LOCALES, read.json(), "If-Match", "*");
      assertEquals(200, any.status(), any.body());
    }
    assertEquals(chainBefore, smaChain(api));
  }

  private JsonObject before;

  /** The locale settings as other tests see them, to put back whatever a test here changed. */
  @BeforeEach
  void remember(Api api) {
    Reply settings = api.get(LOCALES);
    assertEquals(200, settings.status(), settings.body());
    before = settings.json();
  }

  @AfterEach
  void restore(Api api) {
    if (!api.get(LOCALES).json().equals(before)) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (JsonObject item : before.getJsonArray("items").getValuesAs(JsonObject.class)) {
        items.add(
            Json.createObjectBuilder()
                .add("code", item.getString("code"))
                .add("fallback", item.getJsonArray("fallback")));
      }
      Reply restored =
          api.put(
              LOCALES,
              Json.createObjectBuilder()
                  .add("default", before.getString("default"))
                  .add("items", items)
                  .build(),
              "If-Match",
              "*");
      assertEquals(200, restored.status(), restored.body());
    }
    assertEquals(before, api.get(LOCALES).json(), "the locale settings are as before");
  }

  @Test
  void aNewLocaleWithItsOwnChainWorksOnExistingContentAndCanBeRemovedAgain(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Finnes fra før\"}"));
    String id = created.json().getString("id");
    try {
      Reply added =
          change(
              api,
              settings("nb", "nb", "nn:nb", "en:nb", "se:nb", "smj:se,nb", "sma:nb", "smn:nb"));
      assertEquals(200, added.status(), added.body());
      assertEquals(
          "Inari Sami",
          added
              .json()
              .getJsonArray("items")
              .getJsonObject(6)
              .getJsonObject("name")
              .getString("en"));
      assertEquals(
          "se",
          api.get(LOCALES)
              .json()
              .getJsonArray("items")
              .getJsonObject(4)
              .getJsonArray("fallback")
              .getString(0));

      Reply smn =
          api.put(
              "/api/v1/manage/items/" + id + "/variants/smn",
              fields(json("{\"title\": \"Anarâškielâ\"}")),
              "If-Match",
              created.etag());
      assertEquals(201, smn.status(), smn.body());

      Reply removal = change(api, settings("nb", DEFAULTS));
      assertEquals(400, removal.status());
      assertTrue(removal.body().contains("smn"), removal.body());

      String etag = api.get("/api/v1/manage/items/" + id).etag();
      Reply deleted = api.delete("/api/v1/manage/items/" + id, "If-Match", etag);
      assertEquals(204, deleted.status(), deleted.body());
      Reply stillHeld = change(api, settings("nb", DEFAULTS));
      assertEquals(
          400, stillHeld.status(), "a trashed item can come back, so it holds its locales");
      Reply purged = api.delete("/api/v1/manage/trash/" + id);
      assertEquals(204, purged.status(), purged.body());
    } finally {
      Reply restored = change(api, settings("nb", DEFAULTS));
      assertEquals(200, restored.status(), restored.body());
    }
    assertEquals(6, api.get(LOCALES).json().getJsonArray("items").size());
  }

  @Test
  void invalidSettingsAreRefusedWithTheReason(Api api) {
    Reply cycle = change(api, settings("nb", "nb", "nn:nb", "en:nb", "se:smj", "smj:se", "sma:nb"));
    Reply unknownCode =
        change(api, settings("nb", "nb", "nn:nb", "en:nb", "se:nb", "smj:nb", "sma:nb", "xx:nb"));
    Reply unknownStep =
        change(api, settings("nb", "nb", "nn:nb", "en:nb", "se:fi", "smj:nb", "sma:nb"));
    Reply badDefault = change(api, settings("de", DEFAULTS));

    assertEquals(400, cycle.status());
    assertTrue(cycle.body().contains("cycle"), cycle.body());
    assertEquals(400, unknownCode.status());
    assertTrue(unknownCode.body().contains("xx"), unknownCode.body());
    assertEquals(400, unknownStep.status());
    assertEquals(400, badDefault.status());
    assertEquals(6, api.get(LOCALES).json().getJsonArray("items").size());
  }
}
