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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Preview: the same reads with a preview token show drafts, and never leak into public reads. */
@ExtendWith(SharedServer.class)
class PreviewIT {

  private static String previewToken(Api api, String body) {
    Reply reply = api.post("/api/v1/manage/preview-tokens", json(body));
    assertEquals(201, reply.status(), reply.body());
    assertTrue(reply.header("Cache-Control").contains("no-store"));
    return reply.json().getString("token");
  }

  @Test
  void aPreviewTokenShowsTheLatestDraftWhilePublicReadsShowThePublishedRevision(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Publisert\"}"));
    String id = created.json().getString("id");
    Reply published = transition(api, id, "nb", "publish");
    api.put(
        "/api/v1/manage/items/" + id + "/variants/nb",
        fields(json("{\"title\": \"Utkast til neste versjon\"}")),
        "If-Match",
        published.etag());
    String token = previewToken(api, "{\"expiresIn\": \"PT10M\"}");
    String path = "/api/v1/content/" + type + "/" + id;

    Reply preview = api.as(token).get(path + "?preview=true");
    Reply publicRead = api.anonymous().get(path);
    Reply publicAfterPreview = api.anonymous().get(path, "Authorization", "Bearer " + token);

    assertEquals(200, preview.status(), preview.body());
    assertEquals("Utkast til neste versjon", preview.json().getString("title"));
    assertEquals("private, no-store", preview.header("Cache-Control"));
    assertEquals("Publisert", publicRead.json().getString("title"));
    assertEquals("Publisert", publicAfterPreview.json().getString("title"));
    assertTrue(publicRead.header("Cache-Control").startsWith("public"));
  }

  @Test
  void previewListsIncludeItemsThatWereNeverPublished(Api api) {
    String type = createEventType(api);
    createItem(api, type, "nb", json("{\"title\": \"Bare et utkast\"}"));
    String token = previewToken(api, "{}");

    JsonObject preview = api.as(token).get("/api/v1/content/" + type + "?preview=true").json();
    JsonObject publicList = api.anonymous().get("/api/v1/content/" + type).json();

    assertEquals(1, preview.getJsonArray("items").size());
    assertEquals(0, publicList.getJsonArray("items").size());
  }

  @Test
  void previewNeedsAValidTokenForTheType(Api api) {
    String type = createEventType(api);
    String other = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Hemmelig utkast\"}"))
            .json()
            .getString("id");
    String limited = previewToken(api, "{\"types\": [\"" + other + "\"]}");
    String path = "/api/v1/content/" + type + "/" + id + "?preview=true";

    assertEquals(401, api.anonymous().get(path).status());
    assertEquals(401, api.as("not-a-token").get(path).status());
    assertEquals(401, api.as(limited).get(path).status());
    assertEquals(200, api.as(limited).get("/api/v1/content/" + other + "?preview=true").status());
  }

  @Test
  void aPreviewTokenOpensNoManagementEndpoint(Api api) {
    String token = previewToken(api, "{}");

    assertEquals(401, api.as(token).get("/api/v1/manage/items").status());
    assertEquals(401, api.as(token).post("/api/v1/manage/preview-tokens", json("{}")).status());
  }

  @Test
  void badPreviewTokenRequestsAre400(Api api) {
    assertEquals(
        400, api.post("/api/v1/manage/preview-tokens", json("{\"expiresIn\": \"P30D\"}")).status());
    assertEquals(
        400,
        api.post("/api/v1/manage/preview-tokens", json("{\"types\": [\"no-such-type\"]}"))
            .status());
    assertEquals(
        400, api.post("/api/v1/manage/preview-tokens", json("{\"scope\": \"all\"}")).status());
  }
}
