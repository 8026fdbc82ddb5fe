package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Items and their locale variants: create, read, save with ETags, shared vs localized values. */
@ExtendWith(SharedServer.class)
class ItemIT {

  private static final String ITEMS = "/api/v1/manage/items";

  @Test
  void creatingAnItemAnswers201WithLocationETagAndTheItem(Api api) {
    String type = createEventType(api);

    Reply reply =
        createItem(api, type, "nb", json("{\"title\": \"Frokostseminar\", \"venue\": \"Oslo\"}"));

    JsonObject item = reply.json();
    assertTrue(reply.header("Location").endsWith(ITEMS + "/" + item.getString("id")));
    assertEquals(reply.etag(), item.getString("etag"));
    assertEquals("nb", item.getString("originalLocale"));
    assertEquals("Oslo", item.getJsonObject("shared").getString("venue"));
    JsonObject nb = item.getJsonObject("variants").getJsonObject("nb");
    assertEquals("draft", nb.getString("status"));
    assertEquals(1, nb.getInt("revision"));
    assertEquals("frokostseminar", nb.getString("slug"));
    assertEquals("Frokostseminar", nb.getJsonObject("fields").getString("title"));
    assertFalse(nb.getJsonObject("fields").containsKey("venue"), "shared values live on the item");
    assertEquals(
        item, api.get(reply.header("Location").replaceFirst("^https?://[^/]+", "")).json());
  }

  @Test
  void aSamiVariantIsAddedWithPutAndSharesTheItemsSharedValues(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(
            api, type, "nb", json("{\"title\": \"Samisk perspektiv\", \"venue\": \"Tromsø\"}"));
    String id = created.json().getString("id");

    Reply se =
        api.put(
            ITEMS + "/" + id + "/variants/se",
            fields(json("{\"title\": \"Sámi perspektiiva našunála gealbopolitihkas\"}")),
            "If-Match",
            created.etag());

    assertEquals(201, se.status(), se.body());
    JsonObject variant = se.json().getJsonObject("variants").getJsonObject("se");
    assertEquals("Sámi perspektiiva našunála gealbopolitihkas", variant.getString("title"));
    assertEquals("sami-perspektiiva-nasunala-gealbopolitihkas", variant.getString("slug"));
    assertEquals("nb", variant.getString("sourceLocale"));
    assertEquals(1, variant.getInt("sourceRevision"));
    Reply read = api.get(ITEMS + "/" + id + "/variants/se");
    assertEquals(200, read.status());
    assertEquals("Tromsø", read.json().getJsonObject("shared").getString("venue"));
    assertEquals(read.etag(), read.json().getString("etag"));
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndChangesNothing(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Første tittel\"}"));
    String path = ITEMS + "/" + created.json().getString("id");
    Reply first =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Andre tittel\"}")),
            "If-Match",
            created.etag());
    assertEquals(200, first.status(), first.body());
    assertNotEquals(created.etag(), first.etag());

    Reply stale =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Tredje tittel\"}")),
            "If-Match",
            created.etag());

    assertEquals(412, stale.status());
    assertEquals("urn:ordna:problem:stale-etag", stale.json().getString("type"));
    assertEquals(first.etag(), stale.json().getString("currentEtag"));
    JsonObject now = api.get(path).json();
    assertEquals(
        "Andre tittel", now.getJsonObject("variants").getJsonObject("nb").getString("title"));
    assertEquals(2, now.getJsonObject("variants").getJsonObject("nb").getInt("revision"));
  }

  @Test
  void aChangeWithoutIfMatchIsRefusedWith428(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Uten forutsetning\"}"))
            .json()
            .getString("id");

    Reply put = api.put(ITEMS + "/" + id + "/variants/nb", fields(json("{\"title\": \"Endret\"}")));
    Reply delete = api.delete(ITEMS + "/" + id);

    assertEquals(428, put.status());
    assertEquals(428, delete.status());
    assertEquals(200, api.get(ITEMS + "/" + id).status());
  }

  @Test
  void aVariantETagAllowsATranslatorToSaveWhileAnotherLocaleChanged(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Kilde\"}"));
    String path = ITEMS + "/" + created.json().getString("id");
    Reply withSe =
        api.put(
            path + "/variants/se",
            fields(json("{\"title\": \"Gáldu\"}")),
            "If-Match",
            created.etag());
    String seEtag = api.get(path + "/variants/se").etag();
    Reply nbEdit =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Kilde endret\"}")),
            "If-Match",
            withSe.etag());
    assertEquals(200, nbEdit.status());

    Reply seEdit =
        api.put(
            path + "/variants/se", fields(json("{\"title\": \"Gáldu ođđa\"}")), "If-Match", seEtag);

    assertEquals(200, seEdit.status(), seEdit.body());
  }

  @Test
  void sharedValuesChangedThroughOneVariantShowInEveryVariant(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(api, type, "nb", json("{\"title\": \"Konferanse\", \"venue\": \"Bergen\"}"));
    String path = ITEMS + "/" + created.json().getString("id");
    Reply se =
        api.put(
            path + "/variants/se",
            fields(json("{\"title\": \"Konferánsa\", \"venue\": \"Romsa\"}")),
            "If-Match",
            created.etag());
    assertEquals(201, se.status());

    JsonObject item = api.get(path).json();

    assertEquals("Romsa", item.getJsonObject("shared").getString("venue"));
    assertEquals(
        "Romsa", api.get(path + "/variants/nb").json().getJsonObject("shared").getString("venue"));
  }

  @Test
  void slugsAreGeneratedReadablyAndKeptUniquePerTypeAndLocale(Api api) {
    String type = createEventType(api);
    JsonObject title = json("{\"title\": \"Møte på Ørnen – «Gode valg» 2016\"}");

    String first =
        createItem(api, type, "nb", title)
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getString("slug");
    String second =
        createItem(api, type, "nb", title)
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getString("slug");

    assertEquals("mote-pa-ornen-gode-valg-2016", first);
    assertEquals("mote-pa-ornen-gode-valg-2016-2", second);
  }

  @Test
  void anExplicitSlugThatIsTakenIsA409(Api api) {
    String type = createEventType(api);
    createItem(api, type, "nb", json("{\"title\": \"En\", \"slug\": \"felles-slug\"}"));

    Reply clash =
        api.post(
            ITEMS,
            json(
                "{\"type\": \"%s\", \"locale\": \"nb\", \"fields\": {\"title\": \"To\", \"slug\": \"felles-slug\"}}"
                    .formatted(type)));

    assertEquals(409, clash.status());
    assertEquals("urn:ordna:problem:slug-taken", clash.json().getString("type"));
    assertEquals("fields.slug", clash.json().getString("path"));
  }

  @Test
  void anOmittedSlugIsKeptWhenTheTitleChanges(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Opprinnelig\"}"));
    String path = ITEMS + "/" + created.json().getString("id");

    Reply saved =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Ny tittel\"}")),
            "If-Match",
            created.etag());

    assertEquals(
        "opprinnelig",
        saved.json().getJsonObject("variants").getJsonObject("nb").getString("slug"));
  }

  @Test
  void invalidValuesAreRefusedWithEveryFieldPathAndNothingIsCreated(Api api) {
    String type = createEventType(api);
    long before = count(api, type);

    Reply reply =
        api.post(
            ITEMS,
            json(
                """
                {"type": "%s", "locale": "nb", "fields": {
                  "body": 42,
                  "startDate": "10. november 2015",
                  "link": "javascript:alert(1)",
                  "related": ["not-an-id"],
                  "nonsense": true,
                  "content": [{"type": "fact-box", "fields": {"body": "<p>x</p>"}},
                              {"type": "quote", "fields": {"person": "Gina Lund"}}]
                }}
                """
                    .formatted(type)));

    assertEquals(400, reply.status(), reply.body());
    assertEquals("urn:ordna:problem:validation-failed", reply.json().getString("type"));
    String errors = reply.json().getJsonArray("errors").toString();
    for (String path :
        new String[] {
          "fields.body",
          "fields.startDate",
          "fields.link",
          "fields.related[0]",
          "fields.nonsense",
          "fields.content[0].type",
          "fields.content[1].fields.text",
          "fields.title"
        }) {
      assertTrue(errors.contains("\"" + path + "\""), path + " missing in " + errors);
    }
    assertEquals(before, count(api, type));
  }

  @Test
  void referencesMustNameExistingItemsOfAllowedTypes(Api api) {
    String type = createEventType(api);
    String target =
        createItem(api, type, "nb", json("{\"title\": \"Mål\"}")).json().getString("id");
    String otherType = createEventType(api);
    String foreign =
        createItem(api, otherType, "nb", json("{\"title\": \"Fremmed\"}")).json().getString("id");

    Reply ok =
        createItem(
            api, type, "nb", json("{\"title\": \"Med lenke\", \"related\": [\"" + target + "\"]}"));
    Reply wrongType =
        api.post(
            ITEMS,
            json(
                "{\"type\": \"%s\", \"locale\": \"nb\", \"fields\": {\"title\": \"X\", \"related\": [\"%s\"]}}"
                    .formatted(type, foreign)));
    Reply missing =
        api.post(
            ITEMS,
            json(
                "{\"type\": \"%s\", \"locale\": \"nb\", \"fields\": {\"title\": \"Y\", \"related\": [\"00000000-0000-4000-8000-000000000000\"]}}"
                    .formatted(type)));

    assertEquals(201, ok.status());
    assertEquals(400, wrongType.status());
    assertTrue(wrongType.body().contains("allowed types"), wrongType.body());
    assertEquals(400, missing.status());
    assertTrue(missing.body().contains("fields.related[0]"), missing.body());
  }

  @Test
  void richTextIsSanitisedOnSave(Api api) {
    String type = createEventType(api);
    String html =
        "<p onclick=\"steal()\">Hei <strong>Sápmi</strong><script>alert(1)</script>"
            + "<a href=\"javascript:alert(2)\">x</a> <a href=\"https://kompetansenorge.no\">lenke</a></p>";

    Reply reply =
        createItem(
            api,
            type,
            "nb",
            jakarta.json.Json.createObjectBuilder()
                .add("title", "Rik tekst")
                .add("body", html)
                .build());

    String saved =
        reply
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getJsonObject("fields")
            .getString("body");
    assertEquals(
        "<p>Hei <strong>Sápmi</strong><a>x</a> <a href=\"https://kompetansenorge.no\">lenke</a></p>",
        saved);
  }

  @Test
  void blocksKeepTheirOrderAndGetStableIds(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(
            api,
            type,
            "nb",
            json(
                """
                {"title": "Blokker", "content": [
                  {"type": "paragraph", "fields": {"text": "<p>Først</p>"}},
                  {"type": "quote", "id": "sitat-1", "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn Haugstad", "role": "statssekretær"}}
                ]}
                """));

    var blocks =
        created
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getJsonObject("fields")
            .getJsonArray("content");
    assertEquals("paragraph", blocks.getJsonObject(0).getString("type"));
    assertEquals(8, blocks.getJsonObject(0).getString("id").length());
    assertEquals("sitat-1", blocks.getJsonObject(1).getString("id"));
    assertEquals(
        "Bjørn Haugstad", blocks.getJsonObject(1).getJsonObject("fields").getString("person"));
  }

  @Test
  void aNewLocaleMustNotBeAnUnconfiguredOne(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Lokale\"}"));
    String path = ITEMS + "/" + created.json().getString("id");

    Reply unknown =
        api.put(
            path + "/variants/xx", fields(json("{\"title\": \"?\"}")), "If-Match", created.etag());
    Reply unknownOnCreate =
        api.post(
            ITEMS,
            json(
                "{\"type\": \"%s\", \"locale\": \"fr\", \"fields\": {\"title\": \"?\"}}"
                    .formatted(type)));

    assertEquals(404, unknown.status());
    assertEquals(400, unknownOnCreate.status());
    assertTrue(unknownOnCreate.body().contains("\"locale\""));
  }

  @Test
  void theListFiltersByTypeLocaleStatusAndTitleText(Api api) {
    String type = createEventType(api);
    Reply a = createItem(api, type, "nb", json("{\"title\": \"Kafedebatt i Arendal\"}"));
    createItem(api, type, "nb", json("{\"title\": \"Strategikonferanse\"}"));
    api.put(
        ITEMS + "/" + a.json().getString("id") + "/variants/smj",
        fields(json("{\"title\": \"Ságastallam\"}")),
        "If-Match",
        a.etag());

    assertEquals(2, api.get(ITEMS + "?type=" + type).json().getJsonArray("items").size());
    assertEquals(
        1, api.get(ITEMS + "?type=" + type + "&locale=smj").json().getJsonArray("items").size());
    assertEquals(
        2, api.get(ITEMS + "?type=" + type + "&status=draft").json().getJsonArray("items").size());
    assertEquals(
        0,
        api.get(ITEMS + "?type=" + type + "&status=published").json().getJsonArray("items").size());
    JsonObject found = api.get(ITEMS + "?type=" + type + "&q=KAFEDEBATT").json();
    assertEquals(1, found.getJsonArray("items").size());
    assertEquals(
        1, api.get(ITEMS + "?type=" + type + "&q=sagastallam").json().getJsonArray("items").size());
  }

  @Test
  void cursorPaginationVisitsEveryItemOnce(Api api) {
    String type = createEventType(api);
    java.util.Set<String> created = new java.util.HashSet<>();
    for (int i = 0; i < 7; i++) {
      created.add(
          createItem(api, type, "nb", json("{\"title\": \"Sak " + i + "\"}"))
              .json()
              .getString("id"));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    String next = null;
    int pages = 0;
    do {
      JsonObject page =
          api.get(ITEMS + "?type=" + type + "&limit=3" + (next == null ? "" : "&cursor=" + next))
              .json();
      page.getJsonArray("items")
          .forEach(v -> assertTrue(seen.add(v.asJsonObject().getString("id")), "seen twice"));
      next = page.isNull("next") ? null : page.getString("next");
      pages++;
    } while (next != null);

    assertEquals(created, seen);
    assertEquals(3, pages);
  }

  @Test
  void badListParametersAre400(Api api) {
    assertEquals(400, api.get(ITEMS + "?limit=101").status());
    assertEquals(400, api.get(ITEMS + "?limit=0").status());
    assertEquals(400, api.get(ITEMS + "?cursor=bogus").status());
    assertEquals(400, api.get(ITEMS + "?status=lost").status());
    assertEquals(400, api.get(ITEMS + "?type=no-such-type").status());
    assertEquals(400, api.get(ITEMS + "?locale=fr").status());
  }

  @Test
  void deletingNeedsTheCurrentETagAndRemovesTheItem(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Slettes\"}"));
    String path = ITEMS + "/" + created.json().getString("id");
    Reply changed =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Slettes snart\"}")),
            "If-Match",
            created.etag());

    assertEquals(412, api.delete(path, "If-Match", created.etag()).status());
    assertEquals(204, api.delete(path, "If-Match", changed.etag()).status());

    Reply gone = api.get(path);
    assertEquals(404, gone.status());
    assertEquals("urn:ordna:problem:unknown-item", gone.json().getString("type"));
  }

  @Test
  void everySaveMakesARevision(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Versjon 1\"}"));
    String path = ITEMS + "/" + created.json().getString("id");
    Reply second =
        api.put(
            path + "/variants/nb",
            fields(json("{\"title\": \"Versjon 2\"}")),
            "If-Match",
            created.etag());
    api.put(
        path + "/variants/nb",
        fields(json("{\"title\": \"Versjon 3\"}")),
        "If-Match",
        second.etag());

    var revisions = api.get(path + "/variants/nb/revisions").json().getJsonArray("items");

    assertEquals(3, revisions.size());
    assertEquals(3, revisions.getJsonObject(2).getInt("number"));
    assertEquals("admin", revisions.getJsonObject(0).getString("createdBy"));
    assertNull(revisions.getJsonObject(0).get("comment"));
  }

  private static long count(Api api, String type) {
    return api.get(ITEMS + "?type=" + type + "&limit=100").json().getJsonArray("items").size();
  }
}
