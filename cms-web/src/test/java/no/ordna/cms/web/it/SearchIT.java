package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Searches.ids;
import static no.ordna.cms.web.it.support.Searches.marker;
import static no.ordna.cms.web.it.support.Searches.publishArticle;
import static no.ordna.cms.web.it.support.Searches.q;
import static no.ordna.cms.web.it.support.Searches.search;
import static no.ordna.cms.web.it.support.Searches.total;
import static no.ordna.cms.web.it.support.Searches.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.Searches;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/search}: published content only, ranked, in the reader's locale with fallback.
 * Every test uses a word of its own ({@link Searches#marker()}) in its items and queries, so tests
 * do not see each other's data. The index is updated right after a publish commits; reads poll
 * briefly.
 */
@ExtendWith(SharedServer.class)
class SearchIT {

  private static final String ITEMS = "/api/v1/manage/items";
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static String id(Reply created) {
    return created.json().getString("id");
  }

  private static Reply awaitSearch(Api api, String query, Predicate<JsonObject> done) {
    return Searches.awaitSearch(api, query, done, WAIT);
  }

  @Test
  void publishedItemsAreFoundWithNorwegianStemming(Api api) {
    String m = marker();
    String id =
        publishArticle(
            api,
            "nb",
            """
            {"title": "Konferanse om %s", "lead": "Årets samling i Tromsø.",
             "body": "<p>Vi møtes for å snakke om <strong>lærlinger</strong> og fagbrev.</p>"}
            """
                .formatted(m));

    Reply reply = awaitSearch(api, q("konferanser " + m) + "&locale=nb", total(1));

    assertEquals(200, reply.status(), reply.body());
    JsonObject json = reply.json();
    assertEquals("konferanser " + m, json.getString("q"));
    assertEquals("nb", json.getString("requestedLocale"));
    JsonObject hit = json.getJsonArray("items").getJsonObject(0);
    assertEquals(id, hit.getString("id"));
    assertEquals("article", hit.getString("type"));
    assertEquals("nb", hit.getString("locale"));
    assertFalse(hit.getBoolean("fallback"));
    assertEquals("Konferanse om " + m, hit.getString("title"));
    assertEquals("konferanse-om-" + m, hit.getString("slug"));
    assertTrue(hit.getJsonNumber("score").doubleValue() > 0);
    assertTrue(hit.getString("snippet").contains("Årets samling"), hit.getString("snippet"));
    assertTrue(reply.header("Cache-Control").startsWith("public, max-age="));
    assertEquals("Origin, Accept-Language, Accept-Encoding", reply.header("Vary"));
    assertEquals("nb", reply.header("Content-Language"));

    Reply body = search(api, q("lærling " + m));
    assertEquals(List.of(id), ids(body));
    String snippet = body.json().getJsonArray("items").getJsonObject(0).getString("snippet");
    assertTrue(snippet.contains("lærlinger og fagbrev"), snippet);
  }

  @Test
  void samiExactSpellingsRankAboveFoldedOnes(Api api) {
    String m = marker();
    String exact =
        publishArticle(
            api,
            "se",
            "{\"title\": \"Čáppa dáidda %s\", \"lead\": \"Sámi dáiddárat.\"}".formatted(m));
    String plain =
        publishArticle(
            api,
            "se",
            "{\"title\": \"Cappa dáidda %s\", \"lead\": \"Sámi dáiddárat.\"}".formatted(m));

    Reply folded = awaitSearch(api, q("cappa " + m) + "&locale=se", total(2));
    assertEquals(List.of(plain, exact), ids(folded), folded.body());
    assertEquals(List.of(exact, plain), ids(search(api, q("ČÁPPA " + m) + "&locale=se")));
    assertEquals(2, search(api, q("sami " + m) + "&locale=se").json().getInt("total"));
    assertEquals(2, search(api, q("Sámi dáiddárat " + m) + "&locale=se").json().getInt("total"));
  }

  @Test
  void norwegianAeOAndAringAreNotFolded(Api api) {
    String m = marker();
    String id =
        publishArticle(
            api,
            "nb",
            "{\"title\": \"Får på beite %s\", \"lead\": \"Blåbær i Ørland.\"}".formatted(m));

    assertEquals(List.of(id), ids(awaitSearch(api, q("får blåbær " + m), total(1))));
    assertEquals(0, search(api, q("far " + m)).json().getInt("total"));
    assertEquals(0, search(api, q("blabaer " + m)).json().getInt("total"));
    assertEquals(0, search(api, q("orland " + m)).json().getInt("total"));
  }

  @Test
  void onlyWhatIsPublishedIsFound(Api api) {
    String m = marker();
    createItem(api, "article", "nb", json("{\"title\": \"Utkast %s\"}".formatted(m)));
    Reply created =
        createItem(api, "article", "nb", json("{\"title\": \"Publisert %s\"}".formatted(m)));
    String id = id(created);
    transition(api, id, "nb", "publish");

    Reply found = awaitSearch(api, q(m), total(1));
    assertEquals(List.of(id), ids(found), "the draft is not found");

    String etag = api.get(ITEMS + "/" + id).etag();
    Reply edited =
        api.put(
            ITEMS + "/" + id + "/variants/nb",
            fields(json("{\"title\": \"Publisert %s nyordx%s\"}".formatted(m, m))),
            "If-Match",
            etag);
    assertEquals(200, edited.status(), edited.body());
    // an item published after the draft was saved, with the draft's new word: once it is found,
    // the index has seen the draft's change, and must not have taken it
    String later = publishArticle(api, "nb", "{\"title\": \"Senere nyordx%s\"}".formatted(m));
    Reply afterDraft = awaitSearch(api, q("nyordx" + m), json -> json.getInt("total") > 0);
    assertEquals(List.of(later), ids(afterDraft), "drafts are not searched: " + afterDraft.body());

    transition(api, id, "nb", "unpublish");
    Reply gone = awaitSearch(api, q("publisert " + m), total(0));
    assertEquals(0, gone.json().getInt("total"), gone.body());
  }

  @Test
  void theTypeFilterKeepsOneType(Api api) {
    String m = marker();
    String type = createEventType(api);
    String event =
        id(createItem(api, type, "nb", json("{\"title\": \"Seminar %s\"}".formatted(m))));
    transition(api, event, "nb", "publish");
    publishArticle(api, "nb", "{\"title\": \"Seminar %s\"}".formatted(m));

    awaitSearch(api, q("seminar " + m), total(2));
    Reply events = search(api, q("seminar " + m) + "&type=" + type);

    assertEquals(List.of(event), ids(events), events.body());
    assertEquals(type, events.json().getJsonArray("items").getJsonObject(0).getString("type"));
  }

  @Test
  void textInsideBlocksAndTagsIsFound(Api api) {
    String m = marker();
    String id =
        publishArticle(
            api,
            "nb",
            """
            {"title": "Tale %s", "tags": ["kompetansereform"],
             "content": [
               {"type": "paragraph", "fields": {"text": "<p>Om <em>voksenopplæring</em>.</p>"}},
               {"type": "quote", "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn Haugstad"}},
               {"type": "fact-box", "fields": {"title": "Fakta", "body": "<p>Ni temakonferanser.</p>"}}
             ]}
            """
                .formatted(m));

    awaitSearch(api, q(m), total(1));
    for (String words :
        List.of("voksenopplæring", "haugstad", "temakonferanse", "kompetansereform")) {
      assertEquals(List.of(id), ids(search(api, q(words + " " + m))), words);
    }
  }

  @Test
  void aFallbackLocaleServesItemsWithoutTheAskedOne(Api api) {
    String m = marker();
    String nbOnly = publishArticle(api, "nb", "{\"title\": \"Strategi %s\"}".formatted(m));
    Reply created =
        createItem(
            api, "article", "nb", json("{\"title\": \"Strategi for samer %s\"}".formatted(m)));
    String both = id(created);
    Reply se =
        api.put(
            ITEMS + "/" + both + "/variants/se",
            fields(json("{\"title\": \"Strategiija %s\"}".formatted(m))),
            "If-Match",
            created.etag());
    assertEquals(201, se.status(), se.body());
    transition(api, both, "nb", "publish");
    transition(api, both, "se", "publish");

    awaitSearch(api, q(m) + "&locale=se", total(2));
    Reply strategi = search(api, q("strategi " + m), "Accept-Language", "se-NO, nb;q=0.8");

    assertEquals("se", strategi.json().getString("requestedLocale"));
    assertEquals(List.of(nbOnly), ids(strategi), "the other is served in se, without the word");
    JsonObject hit = strategi.json().getJsonArray("items").getJsonObject(0);
    assertEquals("nb", hit.getString("locale"));
    assertTrue(hit.getBoolean("fallback"));
    Reply sami = search(api, q("strategiija " + m) + "&locale=se");
    assertEquals(List.of(both), ids(sami));
    assertFalse(sami.json().getJsonArray("items").getJsonObject(0).getBoolean("fallback"));
    assertEquals(2, search(api, q("strategi " + m) + "&locale=nb").json().getInt("total"));
  }

  @Test
  void aTitleMatchRanksAboveATextMatch(Api api) {
    String m = marker();
    String inBody =
        publishArticle(
            api,
            "nb",
            "{\"title\": \"Nyheter %s\", \"lead\": \"Vi skriver om fagskoler nå.\"}".formatted(m));
    String inTitle =
        publishArticle(
            api,
            "nb",
            "{\"title\": \"Fagskoler %s\", \"lead\": \"Vi skriver om nyheter nå.\"}".formatted(m));

    Reply reply = awaitSearch(api, q("fagskole " + m), total(2));

    assertEquals(List.of(inTitle, inBody), ids(reply), reply.body());
  }

  @Test
  void badParametersAreRefusedWith400(Api api) {
    List<String> bad =
        List.of(
            "",
            "q=",
            q(" "),
            q("x".repeat(201)),
            q("x") + "&locale=xx",
            q("x") + "&type=no-such-type",
            q("x") + "&limit=0",
            q("x") + "&limit=51",
            q("x") + "&limit=ten",
            q("x") + "&sort=title",
            q("x") + "&q=y");
    for (String query : bad) {
      Reply reply = search(api, query);
      assertEquals(400, reply.status(), query + ": " + reply.body());
      assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), query);
      assertNotNull(reply.json().getString("detail"));
    }
    assertEquals(200, search(api, q("x".repeat(200)) + "&limit=50").status());
  }

  @Test
  void theOpenApiDocumentDescribesSearch(Api api) {
    Reply openapi = api.anonymous().get("/openapi", "Accept", "application/json");

    assertEquals(200, openapi.status());
    JsonObject get =
        openapi.json().getJsonObject("paths").getJsonObject("/api/v1/search").getJsonObject("get");
    List<String> parameters =
        get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .toList();
    assertTrue(
        parameters.containsAll(List.of("q", "locale", "type", "limit")), parameters.toString());
  }
}
