package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publishedItem;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public delivery API: published snapshots, locales and fallback, caching headers. */
@ExtendWith(SharedServer.class)
class DeliveryIT {

  private static String content(String type) {
    return "/api/v1/content/" + type;
  }

  private static List<String> titles(JsonObject list) {
    return list.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("title"))
        .toList();
  }

  @Test
  void onlyPublishedVariantsAreDeliveredAndLaterEditsWaitForTheNextPublish(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(api, type, "nb", json("{\"title\": \"Utkast\", \"venue\": \"Oslo\"}"));
    String id = created.json().getString("id");
    assertEquals(404, api.anonymous().get(content(type) + "/" + id).status());

    Reply published = transition(api, id, "nb", "publish");
    assertEquals(
        "published",
        published.json().getJsonObject("variants").getJsonObject("nb").getString("status"));
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Endret utkast\"}")),
        "If-Match",
        published.etag());

    JsonObject live = api.anonymous().get(content(type) + "/" + id).json();
    assertEquals("Utkast", live.getString("title"));
    assertEquals("Oslo", live.getJsonObject("fields").getString("venue"));
    JsonObject manage =
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("variants").getJsonObject("nb");
    assertEquals("draft", manage.getString("status"));
    assertEquals(1, manage.getJsonObject("published").getInt("revision"));
    assertEquals(2, manage.getInt("revision"));

    transition(api, id, "nb", "publish");
    assertEquals(
        "Endret utkast", api.anonymous().get(content(type) + "/" + id).json().getString("title"));
  }

  @Test
  void aMissingLocaleFallsBackToNbAndSaysSo(Api api) {
    String type = createEventType(api);
    String id = publishedItem(api, type, "nb", json("{\"title\": \"Bare bokmål\"}"));

    Reply se = api.anonymous().get(content(type) + "/" + id + "?locale=se");

    assertEquals(200, se.status());
    assertEquals("nb", se.json().getString("locale"));
    assertEquals("se", se.json().getString("requestedLocale"));
    assertTrue(se.json().getBoolean("fallback"));
    assertEquals("nb", se.header("Content-Language"));
    Reply strict = api.anonymous().get(content(type) + "/" + id + "?locale=se&fallback=false");
    assertEquals(404, strict.status());
    assertEquals("application/problem+json", strict.header("Content-Type"));
  }

  @Test
  void aPublishedTranslationIsServedInItsOwnLocaleAndBySlugFromAnyLocale(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Samisk perspektiv\"}"));
    String id = created.json().getString("id");
    api.put(
        "/api/v1/manage/items/" + id + "/variants/se",
        fields(json("{\"title\": \"Sámi perspektiiva\"}")),
        "If-Match",
        created.etag());
    transition(api, id, "nb", "publish");
    transition(api, id, "se", "publish");

    JsonObject bySeSlug =
        api.anonymous().get(content(type) + "/sami-perspektiiva?locale=se").json();
    JsonObject byNbSlug =
        api.anonymous().get(content(type) + "/samisk-perspektiv?locale=se").json();

    assertEquals("Sámi perspektiiva", bySeSlug.getString("title"));
    assertEquals("se", byNbSlug.getString("locale"));
    assertFalse(byNbSlug.getBoolean("fallback"));
    assertEquals(
        List.of("nb", "se"),
        byNbSlug
            .getJsonArray("availableLocales")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void acceptLanguageIsHonouredByQValue(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Hei\"}"));
    String id = created.json().getString("id");
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nn",
        fields(json("{\"title\": \"Hei på nynorsk\"}")),
        "If-Match",
        created.etag());
    transition(api, id, "nb", "publish");
    transition(api, id, "nn", "publish");
    String path = content(type) + "/" + id;

    assertEquals(
        "nn",
        api.anonymous()
            .get(path, "Accept-Language", "en;q=0.2, nn-NO;q=0.9, nb;q=0.8")
            .json()
            .getString("locale"));
    assertEquals(
        "nb",
        api.anonymous().get(path, "Accept-Language", "nb-NO, nn;q=0.5").json().getString("locale"));
    assertEquals(
        "nb", api.anonymous().get(path, "Accept-Language", "no").json().getString("locale"));
    JsonObject french = api.anonymous().get(path, "Accept-Language", "fr-FR, de;q=0.7").json();
    assertEquals("nb", french.getString("requestedLocale"));
    assertEquals(
        "nn",
        api.anonymous()
            .get(path + "?locale=nn", "Accept-Language", "nb")
            .json()
            .getString("locale"));
  }

  @Test
  void aReadCarriesStrongCachingHeadersAndRevalidatesWith304(Api api) {
    String type = createEventType(api);
    String id = publishedItem(api, type, "nb", json("{\"title\": \"Bufret\"}"));
    String path = content(type) + "/" + id;

    Reply first = api.anonymous().get(path);
    Reply again = api.anonymous().get(path, "If-None-Match", first.etag());

    assertTrue(first.etag().matches("\"[A-Za-z0-9_-]{27}\""), first.etag());
    assertTrue(
        first.header("Cache-Control").startsWith("public, max-age="),
        first.header("Cache-Control"));
    assertTrue(first.header("Cache-Control").contains("stale-while-revalidate="));
    // the test server allows a list of CORS origins, so the answer varies by Origin as well
    assertEquals("Origin, Accept-Language, Accept-Encoding", first.header("Vary"));
    assertTrue(first.header("Last-Modified").endsWith(" GMT"));
    assertEquals(304, again.status());
    assertEquals("", again.body());
    assertEquals(first.etag(), again.etag());
    Reply list = api.anonymous().get(content(type));
    assertEquals(304, api.anonymous().get(content(type), "If-None-Match", list.etag()).status());
  }

  @Test
  void publishingAndUnpublishingChangeTheNextReadAtOnce(Api api) {
    String type = createEventType(api);
    String first = publishedItem(api, type, "nb", json("{\"title\": \"Første\"}"));
    Reply before = api.anonymous().get(content(type));
    assertEquals(List.of("Første"), titles(before.json()));
    String itemEtag = api.anonymous().get(content(type) + "/" + first).etag();

    publishedItem(api, type, "nb", json("{\"title\": \"Andre\"}"));
    Reply after = api.anonymous().get(content(type), "If-None-Match", before.etag());
    assertEquals(200, after.status());
    assertEquals(List.of("Andre", "Første"), titles(after.json()));

    transition(api, first, "nb", "unpublish");
    assertEquals(
        404, api.anonymous().get(content(type) + "/" + first, "If-None-Match", itemEtag).status());
    assertEquals(List.of("Andre"), titles(api.anonymous().get(content(type)).json()));
  }

  @Test
  void deletingAPublishedItemTakesItOffTheDeliveryApiAtOnce(Api api) {
    String type = createEventType(api);
    String id = publishedItem(api, type, "nb", json("{\"title\": \"Slettes\"}"));
    assertEquals(List.of("Slettes"), titles(api.anonymous().get(content(type)).json()));
    String etag = api.get("/api/v1/manage/items/" + id).etag();

    assertEquals(204, api.delete("/api/v1/manage/items/" + id, "If-Match", etag).status());

    assertEquals(404, api.anonymous().get(content(type) + "/" + id).status());
    assertEquals(List.of(), titles(api.anonymous().get(content(type)).json()));
  }

  @Test
  void unpublishingWhatIsNotPublishedIsA409NamingTheAllowedAction(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Aldri publisert\"}"))
            .json()
            .getString("id");

    Reply reply = Fixtures.act(api, id, "nb", json("{\"action\": \"unpublish\"}"));
    Reply unknown = Fixtures.act(api, id, "nb", json("{\"action\": \"fly\"}"));

    assertEquals(409, reply.status());
    assertTrue(
        reply.json().getJsonArray("allowed").toString().contains("\"publish\""), reply.body());
    assertEquals(400, unknown.status());
  }

  @Test
  void referencesToUnpublishedItemsAreLeftOutUntilTheyArePublished(Api api) {
    String type = createEventType(api);
    String hidden =
        createItem(api, type, "nb", json("{\"title\": \"Skjult\"}")).json().getString("id");
    String visible = publishedItem(api, type, "nb", json("{\"title\": \"Synlig\"}"));
    String source =
        publishedItem(
            api,
            type,
            "nb",
            json("{\"title\": \"Kilde\", \"related\": [\"" + hidden + "\", \"" + visible + "\"]}"));
    String path = content(type) + "/" + source + "?include=1";

    JsonObject before = api.anonymous().get(path).json();
    assertEquals(List.of(visible), related(before));
    assertFalse(before.getJsonObject("included").containsKey(hidden));
    assertFalse(before.toString().contains(hidden));

    transition(api, hidden, "nb", "publish");
    JsonObject after = api.anonymous().get(path).json();
    assertEquals(List.of(hidden, visible), related(after));
    assertEquals(
        "Skjult", after.getJsonObject("included").getJsonObject(hidden).getString("title"));
  }

  @Test
  void includeResolvesReferencesLevelByLevelAndListsEachItemOnceEvenInACycle(Api api) {
    String type = createEventType(api);
    Reply c = createItem(api, type, "nb", json("{\"title\": \"C\"}"));
    String cId = c.json().getString("id");
    String bId =
        publishedItem(api, type, "nb", json("{\"title\": \"B\", \"related\": [\"" + cId + "\"]}"));
    String aId =
        publishedItem(api, type, "nb", json("{\"title\": \"A\", \"related\": [\"" + bId + "\"]}"));
    Reply cLinked =
        api.put(
            "/api/v1/manage/items/" + cId + "/variants/nb",
            fields(json("{\"title\": \"C\", \"related\": [\"" + aId + "\", \"" + bId + "\"]}")),
            "If-Match",
            c.etag());
    assertEquals(200, cLinked.status(), cLinked.body());
    transition(api, cId, "nb", "publish");
    String path = content(type) + "/" + aId;

    assertFalse(api.anonymous().get(path).json().containsKey("included"));
    assertEquals(
        List.of(bId),
        List.copyOf(
            api.anonymous().get(path + "?include=1").json().getJsonObject("included").keySet()));
    JsonObject two = api.anonymous().get(path + "?include=2").json().getJsonObject("included");
    assertEquals(List.of(bId, cId), List.copyOf(two.keySet()));
    JsonObject five = api.anonymous().get(path + "?include=5").json();
    assertEquals(2, five.getJsonObject("included").size(), "A is not repeated in its own includes");
    assertEquals(List.of(aId, bId), related(five.getJsonObject("included").getJsonObject(cId)));
    assertEquals(400, api.anonymous().get(path + "?include=6").status());
  }

  @Test
  void listsFilterOnFieldValuesDatesAndTags(Api api) {
    String type = createEventType(api);
    publishedItem(
        api,
        type,
        "nb",
        json(
            "{\"title\": \"Oslo vår\", \"venue\": \"Oslo\", \"startDate\": \"2016-04-04\", \"tags\": [\"Strategi\", \"voksne\"]}"));
    publishedItem(
        api,
        type,
        "nb",
        json(
            "{\"title\": \"Tromsø sommer\", \"venue\": \"Tromsø\", \"startDate\": \"2016-06-01\", \"tags\": [\"strategi\", \"samisk\"]}"));
    publishedItem(
        api,
        type,
        "nb",
        json("{\"title\": \"Oslo høst\", \"venue\": \"Oslo\", \"startDate\": \"2015-11-10\"}"));
    String list = content(type) + "?sort=title&";

    assertEquals(
        List.of("Oslo høst", "Oslo vår"),
        titles(api.anonymous().get(list + "fields.venue=Oslo").json()));
    assertEquals(
        List.of("Oslo vår", "Tromsø sommer"),
        titles(api.anonymous().get(list + "fields.startDate[gte]=2016-01-01").json()));
    assertEquals(
        List.of("Oslo høst"),
        titles(api.anonymous().get(list + "fields.startDate[lt]=2016-01-01").json()));
    assertEquals(
        List.of("Oslo vår", "Tromsø sommer"),
        titles(api.anonymous().get(list + "tags=strategi").json()));
    assertEquals(
        List.of("Tromsø sommer"),
        titles(api.anonymous().get(list + "tags=strategi,samisk").json()));
    assertEquals(
        List.of("Tromsø sommer"),
        titles(api.anonymous().get(list + "fields.venue[in]=Troms%C3%B8,Bergen").json()));
  }

  @Test
  void badListRequestsAreProblems(Api api) {
    String type = createEventType(api);
    assertEquals(404, api.anonymous().get(content("no-such-type")).status());
    assertEquals(400, api.anonymous().get(content(type) + "?limit=101").status());
    assertEquals(400, api.anonymous().get(content(type) + "?fields.nonsense=1").status());
    assertEquals(400, api.anonymous().get(content(type) + "?fields.body=x").status());
    assertEquals(400, api.anonymous().get(content(type) + "?fields.venue[gte]=a").status());
    assertEquals(
        400, api.anonymous().get(content(type) + "?fields.startDate[gte]=yesterday").status());
    assertEquals(400, api.anonymous().get(content(type) + "?sort=colour").status());
    assertEquals(400, api.anonymous().get(content(type) + "?locale=fr").status());
    assertEquals(400, api.anonymous().get(content(type) + "?cursor=xyz").status());
    Reply unknown = api.anonymous().get(content(type) + "?sorting=title");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("sorting"));
  }

  @Test
  void titlesSortInTheLocalesAlphabet(Api api) {
    String type = createEventType(api);
    for (String title : List.of("Ål", "Zeta", "Ære", "Øst", "Alfa")) {
      publishedItem(api, type, "nb", json("{\"title\": \"" + title + "\"}"));
    }
    for (String title : List.of("Đuoddar", "Čáhci", "Dálvi", "Cuovddas")) {
      publishedItem(api, type, "se", json("{\"title\": \"" + title + "\"}"));
    }

    assertEquals(
        List.of("Alfa", "Zeta", "Ære", "Øst", "Ål"),
        titles(api.anonymous().get(content(type) + "?sort=title&locale=nb").json()));
    assertEquals(
        List.of("Cuovddas", "Čáhci", "Dálvi", "Đuoddar"),
        titles(api.anonymous().get(content(type) + "?sort=title&locale=se&fallback=false").json()));
  }

  @Test
  void fieldSelectionReturnsOnlyTheNamedFields(Api api) {
    String type = createEventType(api);
    String id =
        publishedItem(
            api,
            type,
            "nb",
            json("{\"title\": \"Utvalg\", \"venue\": \"Bergen\", \"body\": \"<p>Tekst</p>\"}"));

    JsonObject one = api.anonymous().get(content(type) + "/" + id + "?fields=venue").json();

    assertEquals(List.of("venue"), List.copyOf(one.getJsonObject("fields").keySet()));
    assertEquals("Utvalg", one.getString("title"));
  }

  @Test
  void aTypeChangeTakesARemovedFieldOutOfDeliveredContent(Api api) {
    String type = createEventType(api);
    String id =
        publishedItem(
            api,
            type,
            "nb",
            json("{\"title\": \"Med lenke\", \"link\": \"https://kompetansenorge.no\"}"));
    assertTrue(
        api.anonymous()
            .get(content(type) + "/" + id)
            .json()
            .getJsonObject("fields")
            .containsKey("link"));
    JsonObject definition = api.get("/api/v1/manage/content-types/" + type).json();
    jakarta.json.JsonArrayBuilder fields = jakarta.json.Json.createArrayBuilder();
    definition.getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> !f.getString("key").equals("link"))
        .forEach(fields::add);
    JsonObject changed =
        jakarta.json.Json.createObjectBuilder(definition).add("fields", fields).build();
    assertEquals(
        200,
        api.put(
                "/api/v1/manage/content-types/" + type + "?migrate=true",
                changed,
                "If-Match",
                api.get("/api/v1/manage/content-types/" + type).etag())
            .status());

    assertFalse(
        api.anonymous()
            .get(content(type) + "/" + id)
            .json()
            .getJsonObject("fields")
            .containsKey("link"));
  }

  private static List<String> related(JsonObject item) {
    JsonObject fields = item.getJsonObject("fields");
    if (!fields.containsKey("related")) {
      return List.of();
    }
    return fields.getJsonArray("related").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
