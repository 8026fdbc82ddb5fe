package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editorial workflow: review states, transitions legal and illegal, comments in the audit. */
@ExtendWith(SharedServer.class)
class WorkflowIT {

  private static Reply act(Api api, String id, String locale, String action, String comment) {
    var body = Json.createObjectBuilder().add("action", action);
    if (comment != null) {
      body.add("comment", comment);
    }
    return Fixtures.act(api, id, locale, body.build());
  }

  private static String status(Reply reply, String locale) {
    return reply.json().getJsonObject("variants").getJsonObject(locale).getString("status");
  }

  private static List<String> allowed(Reply illegal) {
    return illegal
        .json()
        .getJsonArray("allowed")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static String article(Api api, String title) {
    return createItem(api, "article", "nb", json("{\"title\": \"" + title + "\"}"))
        .json()
        .getString("id");
  }

  @Test
  void newsGoesThroughReviewBeforePublishing(Api api) {
    String id = article(api, "Nyhet til vurdering");

    Reply tooEarly = act(api, id, "nb", "publish", null);
    assertEquals(409, tooEarly.status());
    assertEquals("urn:ordna:problem:illegal-transition", tooEarly.json().getString("type"));
    assertEquals(409, tooEarly.json().getInt("status"), "the problem's status is the HTTP status");
    assertEquals("draft", tooEarly.json().getString("variantStatus"));
    assertEquals(List.of("archive", "submit"), allowed(tooEarly).stream().sorted().toList());

    assertEquals("in_review", status(act(api, id, "nb", "submit", "Klar for lesing"), "nb"));
    assertEquals(
        "changes_requested",
        status(act(api, id, "nb", "request_changes", "Mangler ingress"), "nb"));
    assertEquals(409, act(api, id, "nb", "approve", null).status());
    assertEquals("in_review", status(act(api, id, "nb", "submit", null), "nb"));
    assertEquals("approved", status(act(api, id, "nb", "approve", "Ser bra ut"), "nb"));
    Reply published = act(api, id, "nb", "publish", "Ut med den");
    assertEquals("published", status(published, "nb"));
    assertEquals(200, api.anonymous().get("/api/v1/content/article/" + id).status());

    Reply unpublished = act(api, id, "nb", "unpublish", null);
    assertEquals("unpublished", status(unpublished, "nb"));
    assertEquals(409, act(api, id, "nb", "unpublish", null).status());
    assertEquals("archived", status(act(api, id, "nb", "archive", null), "nb"));
    assertEquals(List.of("unarchive"), allowed(act(api, id, "nb", "submit", null)));
    assertEquals("draft", status(act(api, id, "nb", "unarchive", null), "nb"));
  }

  @Test
  void aTypeWithoutReviewPublishesStraightFromDraft(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Video uten vurdering\"}"))
            .json()
            .getString("id");

    assertEquals("published", status(act(api, id, "nb", "publish", null), "nb"));
  }

  @Test
  void editingAnApprovedVariantSendsItBackToReviewAndEditingAPublishedOneMakesADraftBesideIt(
      Api api) {
    String id = article(api, "Godkjent");
    act(api, id, "nb", "submit", null);
    Reply approved = act(api, id, "nb", "approve", null);
    Reply edited =
        api.put(
            "/api/v1/manage/items/" + id + "/variants/nb",
            fields(json("{\"title\": \"Godkjent, så endret\"}")),
            "If-Match",
            approved.etag());
    assertEquals("in_review", status(edited, "nb"));
    act(api, id, "nb", "approve", null);
    Reply published = act(api, id, "nb", "publish", null);

    Reply draft =
        api.put(
            "/api/v1/manage/items/" + id + "/variants/nb",
            fields(json("{\"title\": \"Neste versjon\"}")),
            "If-Match",
            published.etag());

    JsonObject nb = draft.json().getJsonObject("variants").getJsonObject("nb");
    assertEquals("draft", nb.getString("status"));
    assertEquals(2, nb.getJsonObject("published").getInt("revision"));
    assertEquals(3, nb.getInt("revision"));
    assertEquals(
        "Godkjent, så endret",
        api.anonymous().get("/api/v1/content/article/" + id).json().getString("title"));
  }

  @Test
  void theAllowedTransitionsCanBeAskedFor(Api api) {
    String id = article(api, "Hva kan jeg gjøre");

    JsonObject allowed = api.get("/api/v1/manage/items/" + id + "/variants/nb/transitions").json();

    assertEquals("draft", allowed.getString("status"));
    assertTrue(allowed.getJsonArray("allowed").toString().contains("submit"));
    assertFalse(allowed.getJsonArray("allowed").toString().contains("\"publish\""));
  }

  @Test
  void thePermittedTransitionsAreThoseTheCallerMayTake(Api api) {
    Api editor = Users.create(api, "editor");
    Api publisher = Users.create(api, "publisher");
    String id = article(editor, "Hvem kan gjøre hva");
    String path = "/api/v1/manage/items/" + id + "/variants/nb/transitions";

    JsonObject editorDraft = editor.get(path).json();
    JsonObject publisherDraft = publisher.get(path).json();
    act(editor, id, "nb", "submit", null);
    JsonObject editorInReview = editor.get(path).json();
    JsonObject publisherInReview = publisher.get(path).json();

    assertEquals(List.of("submit", "archive"), names(editorDraft, "permitted"));
    assertEquals(List.of("archive"), names(publisherDraft, "permitted"));
    assertEquals(names(editorDraft, "allowed"), names(publisherDraft, "allowed"));
    assertEquals(List.of("archive"), names(editorInReview, "permitted"));
    assertEquals(
        List.of("approve", "request_changes", "archive"), names(publisherInReview, "permitted"));
    assertEquals("in_review", publisherInReview.getString("status"));
  }

  private static List<String> names(JsonObject answer, String key) {
    return answer.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void everyTransitionIsInTheAuditTrailWithItsComment(Api api) {
    String id = article(api, "Revidert sak");
    act(api, id, "nb", "submit", "Første utkast");
    act(api, id, "nb", "approve", "Godkjent av vakt");
    act(api, id, "nb", "publish", null);

    List<JsonObject> events =
        api.get("/api/v1/manage/audit?item=" + id).json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();

    assertEquals(
        List.of("workflow.publish", "workflow.approve", "workflow.submit", "item.create"),
        events.stream().map(e -> e.getString("action")).toList(),
        "every change of the item, newest first, from its creation on");
    assertEquals("Godkjent av vakt", events.get(1).getString("comment"));
    assertEquals("admin", events.get(0).getString("user"));
    assertEquals("127.0.0.1", events.get(0).getString("from"));
    assertEquals("approved", events.get(0).getJsonObject("detail").getString("from"));
    assertEquals(
        1,
        api.get("/api/v1/manage/audit?item=" + id + "&action=workflow.approve")
            .json()
            .getJsonArray("items")
            .size());
    assertEquals(400, api.get("/api/v1/manage/audit?from=yesterday").status());
  }

  @Test
  void anUnknownActionIsA400ListingTheKnownOnes(Api api) {
    String id = article(api, "Ukjent handling");

    Reply reply = act(api, id, "nb", "teleport", null);

    assertEquals(400, reply.status());
    assertTrue(reply.body().contains("request_changes"), reply.body());
  }

  @Test
  void aTransitionNeedsTheCurrentETagOrAStar(Api api) {
    String id = article(api, "Overgang med If-Match");
    String path = "/api/v1/manage/items/" + id + "/variants/nb/transitions";
    Reply created = api.get("/api/v1/manage/items/" + id);
    String itemTag = created.etag();
    String variantTag =
        created.json().getJsonObject("variants").getJsonObject("nb").getString("etag");

    Reply unconditional = api.post(path, json("{\"action\": \"submit\"}"));
    assertEquals(428, unconditional.status(), unconditional.body());
    assertEquals("urn:ordna:problem:if-match-required", unconditional.json().getString("type"));
    assertEquals("draft", api.get(path).json().getString("status"), "nothing changed");
    assertEquals(itemTag, api.get("/api/v1/manage/items/" + id).etag());

    Reply submitted = api.post(path, json("{\"action\": \"submit\"}"), "If-Match", variantTag);
    assertEquals(200, submitted.status(), "the variant's own tag: " + submitted.body());
    assertEquals("in_review", status(submitted, "nb"));

    Reply stale = api.post(path, json("{\"action\": \"approve\"}"), "If-Match", itemTag);
    assertEquals(412, stale.status(), stale.body());
    assertEquals("urn:ordna:problem:stale-etag", stale.json().getString("type"));
    assertEquals(submitted.etag(), stale.json().getString("currentEtag"));
    assertEquals("in_review", api.get(path).json().getString("status"), "nothing changed");

    Reply approved =
        api.post(path, json("{\"action\": \"approve\"}"), "If-Match", submitted.etag());
    assertEquals(200, approved.status(), "the item's tag: " + approved.body());
    assertEquals("approved", status(approved, "nb"));

    Reply published = api.post(path, json("{\"action\": \"publish\"}"), "If-Match", "*");
    assertEquals(200, published.status(), published.body());
    assertEquals("published", status(published, "nb"));
  }
}
