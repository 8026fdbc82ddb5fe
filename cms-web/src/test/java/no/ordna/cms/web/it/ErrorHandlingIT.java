package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a clear problem+json 4xx, never a 500 or a stack trace, and changes nothing. */
@ExtendWith(SharedServer.class)
class ErrorHandlingIT {

  private static final String ITEMS = "/api/v1/manage/items";

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.header("Content-Type"));
    assertEquals("urn:ordna:problem:" + type, reply.json().getString("type"));
    assertEquals(status, reply.json().getInt("status"));
    assertFalse(reply.json().getString("detail").isBlank());
    assertFalse(reply.body().contains("Exception"), reply.body());
    assertFalse(reply.body().contains("at no.ordna"), reply.body());
  }

  @Test
  void malformedJsonIsA400(Api api) {
    assertProblem(api.send("POST", ITEMS, "{\"type\": \"article\", "), 400, "malformed-json");
    assertProblem(api.send("POST", "/api/v1/auth/token", "not json at all"), 400, "malformed-json");
  }

  @Test
  void aJsonArrayWhereAnObjectBelongsIsA400(Api api) {
    Reply reply = api.send("POST", ITEMS, "[1, 2, 3]");

    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.header("Content-Type"));
  }

  @Test
  void anEmptyBodyIsA400(Api api) {
    Reply reply = api.send("POST", ITEMS, "");

    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.header("Content-Type"));
  }

  @Test
  void unknownPropertiesAndWrongTypesAreNamed(Api api) {
    Reply reply =
        api.send(
            "POST",
            ITEMS,
            "{\"type\": 7, \"locale\": \"nb\", \"fields\": [], \"colour\": \"red\"}");

    assertProblem(reply, 400, "validation-failed");
    String errors = reply.json().getJsonArray("errors").toString();
    assertTrue(errors.contains("\"type\""), errors);
    assertTrue(errors.contains("\"fields\""), errors);
    assertTrue(errors.contains("\"colour\""), errors);
  }

  @Test
  void anUnknownContentTypeIsA400OnCreateAndA404ToRead(Api api) {
    assertProblem(
        api.send("POST", ITEMS, "{\"type\": \"no-such-type\", \"locale\": \"nb\", \"fields\": {}}"),
        400,
        "validation-failed");
    assertProblem(
        api.get("/api/v1/manage/content-types/no-such-type"), 404, "unknown-content-type");
    assertProblem(api.get(ITEMS + "/not-an-id"), 404, "unknown-item");
  }

  @Test
  void anIdOrLocaleInAPathThatCannotBeOneIsA404LikeAnUnknownOne(Api api) {
    String type = createEventType(api);
    String id =
        no.ordna.cms.web.it.support.Fixtures.createItem(
                api, type, "nb", no.ordna.cms.web.it.support.Fixtures.json("{\"title\": \"T\"}"))
            .json()
            .getString("id");
    String missing = "00000000-0000-4000-8000-000000000000";
    String save = "{\"fields\": {\"title\": \"T\"}}";

    assertProblem(api.get(ITEMS + "/" + id + "/variants/NB"), 404, "unknown-variant");
    assertProblem(api.get(ITEMS + "/" + id + "/variants/n%20b"), 404, "unknown-variant");
    assertProblem(api.get(ITEMS + "/" + missing + "/variants/NB"), 404, "unknown-item");
    assertProblem(api.get(ITEMS + "/NOT-AN-ID/variants/nb"), 404, "unknown-item");
    assertProblem(
        api.send("PUT", ITEMS + "/" + id + "/variants/NB", save, "If-Match", "*"),
        404,
        "unknown-locale");
    assertProblem(
        api.send("PUT", ITEMS + "/" + missing + "/variants/NB", save, "If-Match", "*"),
        404,
        "unknown-item");
    assertProblem(api.get(ITEMS + "/" + id + "/variants/NB/revisions"), 404, "unknown-variant");
    assertProblem(api.get(ITEMS + "/not-an-id/variants/nb/transitions"), 404, "unknown-item");
    assertProblem(
        api.send(
            "POST",
            ITEMS + "/" + id + "/variants/NB/transitions",
            "{\"action\": \"submit\"}",
            "If-Match",
            "*"),
        404,
        "unknown-variant");
    assertProblem(api.get("/api/v1/manage/translations/not-an-id/NB"), 404, "unknown-locale");
    assertProblem(api.get("/api/v1/manage/translations/not-an-id/se"), 404, "unknown-item");
    assertProblem(
        api.send("DELETE", ITEMS + "/not-an-id", null, "If-Match", "*"), 404, "unknown-item");
    assertProblem(
        api.send("POST", ITEMS, "{\"type\": \"Not A Key\", \"locale\": \"nb\", \"fields\": {}}"),
        400,
        "validation-failed");
    Reply badLocale =
        api.send("POST", ITEMS, "{\"type\": \"" + type + "\", \"locale\": \"NB\", \"fields\": {}}");
    assertProblem(badLocale, 400, "validation-failed");
    assertTrue(badLocale.body().contains("unknown locale 'NB'"), badLocale.body());
  }

  @Test
  void anOversizedBodyIsRefusedWith413(Api api) {
    String big =
        "{\"type\": \"article\", \"locale\": \"nb\", \"fields\": {\"title\": \""
            + "x".repeat(1_100_000)
            + "\"}}";

    assertProblem(api.send("POST", ITEMS, big), 413, "body-too-large");
  }

  @Test
  void anOversizedChunkedBodyIsRefusedWith413(Api api) {
    // 1.6 MB in chunks, over the 1 MiB limit; the status line and problem are what the server
    // sent, read while the body is still being written (it may close before the body's end)
    RawHttp.Answer answer =
        RawHttp.sendChunked(
            api.base(),
            "POST",
            ITEMS,
            "{\"type\": \"article\", \"locale\": \"nb\", \"fields\": {\"title\": \""
                .getBytes(StandardCharsets.UTF_8),
            "y".repeat(8192).getBytes(StandardCharsets.UTF_8),
            200,
            "Content-Type: application/json",
            "Authorization: Bearer " + api.token());

    assertEquals(413, answer.status(), answer.head() + "\n" + answer.text());
    assertEquals("application/problem+json", answer.header("Content-Type"), answer.head());
    JsonObject problem = Json.createReader(new StringReader(answer.text())).readObject();
    assertEquals("urn:ordna:problem:body-too-large", problem.getString("type"), answer.text());
    assertEquals(413, problem.getInt("status"), answer.text());
    assertFalse(answer.text().contains("Exception"), answer.text());
  }

  @Test
  void unknownPathsMethodsAndMediaTypesAreProblems(Api api) {
    assertProblem(api.get("/api/v1/manage/nothing-here"), 404, "not-found");
    assertProblem(
        api.send("PATCH", "/api/v1/manage/content-types", "{}"), 405, "method-not-allowed");
    Reply xml = api.send("POST", ITEMS, "<item/>", "Content-Type", "application/xml");
    assertProblem(xml, 415, "unsupported-media-type");
  }

  @Test
  void aRejectedUpdateChangesNothing(Api api) {
    String type = createEventType(api);
    Reply created =
        no.ordna.cms.web.it.support.Fixtures.createItem(
            api, type, "nb", no.ordna.cms.web.it.support.Fixtures.json("{\"title\": \"Uendret\"}"));
    String path = ITEMS + "/" + created.json().getString("id");

    Reply bad =
        api.send(
            "PUT",
            path + "/variants/nb",
            "{\"fields\": {\"title\": \"" + "z".repeat(121) + "\"}}",
            "If-Match",
            created.etag());

    assertProblem(bad, 400, "validation-failed");
    assertTrue(bad.body().contains("at most 120"), bad.body());
    Reply after = api.get(path);
    assertEquals(created.etag(), after.etag());
    assertEquals(created.json(), after.json());
  }

  @Test
  void theSameMalformedIfMatchGetsTheSame400Everywhere(Api api) {
    String id =
        Fixtures.createItem(api, "article", "nb", Fixtures.json("{\"title\": \"Feil If-Match\"}"))
            .json()
            .getString("id");
    String user = Users.create(api, "viewer").get("/api/v1/manage/users/me").json().getString("id");
    Reply locales = api.get("/api/v1/manage/locales");
    List<Reply> replies =
        List.of(
            api.send(
                "POST",
                ITEMS + "/" + id + "/variants/nb/transitions",
                "{\"action\": \"submit\"}",
                "If-Match",
                "abc"),
            api.send("PUT", "/api/v1/manage/locales", locales.body(), "If-Match", "abc"),
            api.send(
                "PATCH",
                "/api/v1/manage/users/" + user,
                "{\"roles\": [\"editor\"]}",
                "If-Match",
                "abc"),
            api.send(
                "PUT",
                ITEMS + "/" + id + "/variants/nb",
                "{\"fields\": {\"title\": \"Endret\"}}",
                "If-Match",
                "abc"));
    for (Reply reply : replies) {
      assertProblem(reply, 400, "malformed-if-match");
      assertEquals(replies.get(0).json().getString("detail"), reply.json().getString("detail"));
    }
    assertEquals(
        "draft",
        api.get(ITEMS + "/" + id)
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getString("status"));
    assertEquals(locales.etag(), api.get("/api/v1/manage/locales").etag());
    assertEquals(
        "[\"viewer\"]",
        api.get("/api/v1/manage/users/" + user).json().getJsonArray("roles").toString());
  }
}
