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

/** Users, roles, locale grants, content-type limits, tokens. */
@ExtendWith(SharedServer.class)
class UsersIT {

  private static String userId(Api user) {
    return user.get("/api/v1/manage/users/me").json().getString("id");
  }

  @Test
  void aTranslatorEditsOnlyLocalizedFieldsOfItsLocales(Api admin) {
    String type = createEventType(admin);
    Reply created =
        createItem(admin, type, "nb", json("{\"title\": \"Kilde\", \"venue\": \"Oslo\"}"));
    String path = "/api/v1/manage/items/" + created.json().getString("id") + "/variants/";
    Api translator = Users.create(admin, "translator", "se", "smj");

    Reply se =
        translator.put(
            path + "se", fields(json("{\"title\": \"Gáldu\"}")), "If-Match", created.etag());
    assertEquals(201, se.status(), se.body());
    assertEquals(
        403,
        translator
            .put(path + "sma", fields(json("{\"title\": \"Gaaltije\"}")), "If-Match", se.etag())
            .status());
    assertEquals(
        403,
        translator
            .put(
                path + "se",
                fields(json("{\"title\": \"Gáldu\", \"venue\": \"Romsa\"}")),
                "If-Match",
                se.etag())
            .status());
    assertEquals(
        403,
        Fixtures.act(
                translator, created.json().getString("id"), "se", json("{\"action\": \"publish\"}"))
            .status());
    assertEquals(
        403,
        translator
            .post(
                "/api/v1/manage/items",
                json(
                    "{\"type\": \""
                        + type
                        + "\", \"locale\": \"se\", \"fields\": {\"title\": \"Ođđa\"}}"))
            .status());
    assertEquals(403, translator.post("/api/v1/manage/content-types", json("{}")).status());
  }

  @Test
  void aTranslatorWhoIsAlsoPublisherPublishesOnlyItsLocales(Api admin) {
    String type = createEventType(admin);
    Reply created = createItem(admin, type, "nb", json("{\"title\": \"Kilde\"}"));
    String id = created.json().getString("id");
    Api both =
        Users.create(
            admin,
            "translator-publisher",
            List.of("translator", "publisher"),
            List.of("se"),
            List.of());
    both.put(
        "/api/v1/manage/items/" + id + "/variants/se",
        fields(json("{\"title\": \"Gáldu\"}")),
        "If-Match",
        created.etag());

    assertEquals(200, Fixtures.act(both, id, "se", json("{\"action\": \"publish\"}")).status());
    assertEquals(403, Fixtures.act(both, id, "nb", json("{\"action\": \"publish\"}")).status());
  }

  @Test
  void rightsCanBeLimitedToContentTypes(Api admin) {
    String allowed = createEventType(admin);
    String other = createEventType(admin);
    Api editor =
        Users.create(admin, "event-editor", List.of("editor"), List.of(), List.of(allowed));

    assertEquals(
        201,
        editor
            .post(
                "/api/v1/manage/items",
                json(
                    "{\"type\": \""
                        + allowed
                        + "\", \"locale\": \"nb\", \"fields\": {\"title\": \"Ja\"}}"))
            .status());
    assertEquals(
        403,
        editor
            .post(
                "/api/v1/manage/items",
                json(
                    "{\"type\": \""
                        + other
                        + "\", \"locale\": \"nb\", \"fields\": {\"title\": \"Nei\"}}"))
            .status());
  }

  @Test
  void aViewerReadsButChangesNothing(Api admin) {
    String type = createEventType(admin);
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Bare lesing\"}")).json().getString("id");
    Api viewer = Users.create(admin, "viewer");

    assertEquals(200, viewer.get("/api/v1/manage/items/" + id).status());
    assertEquals(
        403,
        viewer
            .post(
                "/api/v1/manage/items",
                json(
                    "{\"type\": \""
                        + type
                        + "\", \"locale\": \"nb\", \"fields\": {\"title\": \"x\"}}"))
            .status());
    assertEquals(403, viewer.post("/api/v1/manage/preview-tokens", json("{}")).status());
    assertEquals(403, viewer.get("/api/v1/manage/users").status());
  }

  @Test
  void disablingAUserStopsItsTokensAtOnceAndEnablingRestoresThem(Api admin) {
    Api editor = Users.create(admin, "editor");
    assertEquals(200, editor.get("/api/v1/manage/locales").status());
    String id = userId(editor);

    assertEquals(200, Users.change(admin, id, "{\"disabled\": true}").status());
    assertEquals(401, editor.get("/api/v1/manage/locales").status());
    assertEquals(200, Users.change(admin, id, "{\"disabled\": false}").status());
    assertEquals(200, editor.get("/api/v1/manage/locales").status());
  }

  @Test
  void usersListTheirTokensAndRevokeThem(Api admin) {
    Api editor = Users.create(admin, "editor");
    Api second =
        editor.as(
            editor.login(
                editor.get("/api/v1/manage/users/me").json().getString("username"),
                Users.PASSWORD));
    var tokens = editor.get("/api/v1/manage/tokens").json().getJsonArray("items");
    assertEquals(2, tokens.size());
    assertFalse(tokens.toString().contains(editor.token()), "no secret is listed");

    String other = tokens.getJsonObject(0).getString("id");
    assertEquals(204, editor.delete("/api/v1/manage/tokens/" + other).status());
    int first = editor.get("/api/v1/manage/locales").status();
    int next = second.get("/api/v1/manage/locales").status();
    assertEquals(List.of(200, 401), List.of(first, next).stream().sorted().toList());
  }

  @Test
  void passwordsChangeAndResetAndOldSessionsEnd(Api admin) {
    Api editor = Users.create(admin, "editor");
    String username = editor.get("/api/v1/manage/users/me").json().getString("username");
    Api other = editor.as(editor.login(username, Users.PASSWORD));

    assertEquals(
        400,
        editor
            .put(
                "/api/v1/manage/users/me/password",
                json(
                    "{\"currentPassword\": \"wrong-password-here\", \"newPassword\": \"another-long-password\"}"))
            .status());
    assertEquals(
        400,
        editor
            .put(
                "/api/v1/manage/users/me/password",
                json(
                    "{\"currentPassword\": \""
                        + Users.PASSWORD
                        + "\", \"newPassword\": \"short\"}"))
            .status());
    assertEquals(
        204,
        editor
            .put(
                "/api/v1/manage/users/me/password",
                json(
                    "{\"currentPassword\": \""
                        + Users.PASSWORD
                        + "\", \"newPassword\": \"another-long-password\"}"))
            .status());
    assertEquals(
        200, editor.get("/api/v1/manage/locales").status(), "the session that changed it stays");
    assertEquals(401, other.get("/api/v1/manage/locales").status(), "other sessions end");
    editor.login(username, "another-long-password");

    String resetPath = "/api/v1/manage/users/" + userId(editor);
    Reply reset =
        admin.post(resetPath + "/password", json("{}"), "If-Match", admin.get(resetPath).etag());
    assertEquals(200, reset.status());
    String generated = reset.json().getString("password");
    assertEquals(401, editor.get("/api/v1/manage/locales").status());
    editor.login(username, generated);
  }

  @Test
  void machineTokensActWithTheirScopesAndShowTheirSecretOnce(Api admin) {
    String type = createEventType(admin);
    Reply made =
        admin.post(
            "/api/v1/manage/machine-tokens",
            json(
                "{\"name\": \"nettside\", \"scopes\": [\"manage:read\", \"delivery:preview\"], \"expiresIn\": \"P30D\"}"));
    assertEquals(201, made.status(), made.body());
    String secret = made.json().getString("token");
    Api machine = admin.as(secret);

    assertEquals(200, machine.get("/api/v1/manage/items?limit=1").status());
    assertEquals(
        403,
        machine
            .post(
                "/api/v1/manage/items",
                json(
                    "{\"type\": \""
                        + type
                        + "\", \"locale\": \"nb\", \"fields\": {\"title\": \"x\"}}"))
            .status());
    createItem(admin, type, "nb", json("{\"title\": \"Utkast\"}"));
    assertEquals(200, machine.get("/api/v1/content/" + type + "?preview=true").status());
    JsonObject listed = admin.get("/api/v1/manage/machine-tokens").json();
    assertTrue(listed.toString().contains("nettside"));
    assertFalse(listed.toString().contains(secret));
    assertEquals(
        400,
        admin
            .post(
                "/api/v1/manage/machine-tokens",
                json("{\"name\": \"x\", \"scopes\": [\"manage:everything\"]}"))
            .status());
  }

  @Test
  void aUserLimitedToATypeSeesOnlyThatTypeInListsReadsRevisionsAndTranslations(Api admin) {
    String mine = createEventType(admin);
    String other = createEventType(admin);
    String a =
        createItem(admin, mine, "nb", json("{\"title\": \"Synlig\"}")).json().getString("id");
    String b =
        createItem(admin, other, "nb", json("{\"title\": \"Usynlig\"}")).json().getString("id");
    Api limited =
        Users.create(
            admin,
            "editor",
            java.util.List.of("editor"),
            java.util.List.of(),
            java.util.List.of(mine));
    Api translator =
        Users.create(
            admin,
            "translator",
            java.util.List.of("translator"),
            java.util.List.of("se"),
            java.util.List.of());

    String listed = limited.get("/api/v1/manage/items?limit=100").body();
    assertTrue(listed.contains(a), "the user's own type is listed");
    assertFalse(listed.contains(b), "another type is not listed");
    assertTrue(
        limited.get("/api/v1/manage/items?type=" + other).json().getJsonArray("items").isEmpty());
    assertEquals(404, limited.get("/api/v1/manage/items/" + b).status());
    assertEquals(404, limited.get("/api/v1/manage/items/" + b + "/variants/nb").status());
    assertEquals(404, limited.get("/api/v1/manage/items/" + b + "/variants/nb/revisions").status());
    assertEquals(200, limited.get("/api/v1/manage/items/" + a + "/variants/nb/revisions").status());
    assertTrue(
        limited
            .get("/api/v1/manage/translations?locale=se&type=" + other)
            .json()
            .getJsonArray("items")
            .isEmpty(),
        "no other type in the translation queue");
    assertEquals(404, limited.get("/api/v1/manage/translations/" + b + "/se").status());
    assertTrue(
        translator
            .get("/api/v1/manage/translations?locale=nn&limit=100")
            .json()
            .getJsonArray("items")
            .isEmpty(),
        "a translator granted se sees no queue of nn");
    assertTrue(
        translator.get("/api/v1/manage/translations?locale=se&type=" + other).body().contains(b),
        "the translator's own locale's queue lists the item");
  }

  @Test
  void aMachineTokenNeverCarriesMoreThanItsOwnerHasNow(Api admin) {
    String allowedType = createEventType(admin);
    String otherType = createEventType(admin);
    Api owner = Users.create(admin, "admin");
    String ownerId = userId(owner);
    Reply made =
        owner.post(
            "/api/v1/manage/machine-tokens",
            json(
                "{\"name\": \"bygg\", \"scopes\": [\"manage:read\", \"manage:write\","
                    + " \"manage:publish\", \"delivery:preview\"], \"expiresIn\": \"P1D\"}"));
    assertEquals(201, made.status(), made.body());
    Api machine = admin.as(made.json().getString("token"));
    String item = "{\"type\": \"%s\", \"locale\": \"nb\", \"fields\": {\"title\": \"x\"}}";
    assertEquals(
        201, machine.post("/api/v1/manage/items", json(item.formatted(otherType))).status());

    // the owner becomes an editor limited to one type: the token follows at once
    Reply limited =
        Users.change(
            admin,
            ownerId,
            "{\"roles\": [\"editor\"], \"contentTypes\": [\"" + allowedType + "\"]}");
    assertEquals(200, limited.status(), limited.body());
    assertEquals(
        403, machine.post("/api/v1/manage/items", json(item.formatted(otherType))).status());
    Reply allowed = machine.post("/api/v1/manage/items", json(item.formatted(allowedType)));
    assertEquals(201, allowed.status(), allowed.body());
    Reply publish =
        Fixtures.act(
            machine, allowed.json().getString("id"), "nb", json("{\"action\": \"publish\"}"));
    assertEquals(403, publish.status(), "the owner no longer publishes: " + publish.body());
    assertEquals(200, machine.get("/api/v1/content/" + allowedType + "?preview=true").status());
    assertEquals(
        401,
        machine.get("/api/v1/content/" + otherType + "?preview=true").status(),
        "no drafts of a type the owner may no longer see");

    // the owner becomes a viewer: reading only
    assertEquals(
        200,
        Users.change(admin, ownerId, "{\"roles\": [\"viewer\"], \"contentTypes\": []}").status());
    assertEquals(200, machine.get("/api/v1/manage/items?limit=1").status());
    assertEquals(
        403, machine.post("/api/v1/manage/items", json(item.formatted(allowedType))).status());
  }

  @Test
  void userRequestsAreCheckedAndTheLastAdministratorStays(Api admin) {
    assertEquals(
        400,
        admin
            .post(
                "/api/v1/manage/users",
                json("{\"username\": \"ny\", \"password\": \"kort\", \"roles\": [\"editor\"]}"))
            .status());
    assertEquals(
        400,
        admin
            .post(
                "/api/v1/manage/users",
                json(
                    "{\"username\": \"ny\", \"password\": \"a-long-enough-password\", \"roles\": [\"king\"]}"))
            .status());
    assertEquals(
        400,
        admin
            .post(
                "/api/v1/manage/users",
                json(
                    "{\"username\": \"ny\", \"password\": \"a-long-enough-password\", \"roles\": [\"translator\"], \"locales\": [\"fr\"]}"))
            .status());
    String adminId = admin.get("/api/v1/manage/users/me").json().getString("id");
    // Other tests on the shared server make administrators too: take their role away for a moment
    // so that this one is the last, and give it back afterwards.
    List<JsonObject> otherAdmins =
        admin.get("/api/v1/manage/users").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> !u.getString("id").equals(adminId) && !u.getBoolean("disabled"))
            .filter(
                u ->
                    u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .anyMatch(r -> r.getString().equals("admin")))
            .toList();
    try {
      for (JsonObject other : otherAdmins) {
        Reply demoted = Users.change(admin, other.getString("id"), "{\"roles\": [\"viewer\"]}");
        assertEquals(200, demoted.status(), demoted.body());
      }
      Reply demote = Users.change(admin, adminId, "{\"roles\": [\"editor\"]}");
      assertEquals(409, demote.status(), demote.body());
      assertEquals("urn:ordna:problem:last-administrator", demote.json().getString("type"));
      Reply disable = Users.change(admin, adminId, "{\"disabled\": true}");
      assertEquals(409, disable.status(), disable.body());
    } finally {
      for (JsonObject other : otherAdmins) {
        Reply restored =
            Users.change(
                admin,
                other.getString("id"),
                Json.createObjectBuilder()
                    .add("roles", other.getJsonArray("roles"))
                    .build()
                    .toString());
        assertEquals(200, restored.status(), "administrator given back: " + restored.body());
      }
    }
    assertFalse(
        admin.get("/api/v1/manage/users").body().contains("password"),
        "no password or hash in the list");
  }

  @Test
  void aSecondEditorIsWarnedByTheLock(Api admin) {
    String type = createEventType(admin);
    Reply created = createItem(admin, type, "nb", json("{\"title\": \"Låst\"}"));
    String id = created.json().getString("id");
    Api first = Users.create(admin, "editor");
    Api second = Users.create(admin, "editor");
    assertEquals(
        200, first.post("/api/v1/manage/items/" + id + "/variants/nb/lock", json("{}")).status());

    Reply warned = second.post("/api/v1/manage/items/" + id + "/variants/nb/lock", json("{}"));
    assertEquals(409, warned.status());
    assertEquals("urn:ordna:problem:locked", warned.json().getString("type"));
    Reply saved =
        second.put(
            "/api/v1/manage/items/" + id + "/variants/nb",
            fields(json("{\"title\": \"Likevel\"}")),
            "If-Match",
            created.etag());
    assertEquals(200, saved.status(), "the lock warns; the ETag decides");
    assertTrue(saved.header("X-Edit-Lock").startsWith("held-by="));
    assertEquals(
        200,
        second
            .post("/api/v1/manage/items/" + id + "/variants/nb/lock?force=true", json("{}"))
            .status());
  }

  @Test
  void changingAUserNeedsItsCurrentETagOrAStar(Api admin) {
    String id = userId(Users.create(admin, "editor"));
    String path = "/api/v1/manage/users/" + id;
    Reply read = admin.get(path);
    String first = read.etag();
    assertTrue(first != null && first.matches("\"[^\"]+\""), "a strong ETag: " + first);
    assertEquals(first, read.json().getString("etag"), "the body names the same version");

    Reply unconditional = admin.send("PATCH", path, "{\"roles\": [\"viewer\"]}");
    assertEquals(428, unconditional.status(), unconditional.body());
    assertEquals("urn:ordna:problem:if-match-required", unconditional.json().getString("type"));
    assertEquals("[\"editor\"]", admin.get(path).json().getJsonArray("roles").toString());
    assertEquals(first, admin.get(path).etag(), "nothing changed");

    Reply changed = admin.send("PATCH", path, "{\"roles\": [\"viewer\"]}", "If-Match", first);
    assertEquals(200, changed.status(), changed.body());
    String second = changed.etag();
    assertTrue(second != null && !second.equals(first), second);
    assertEquals(second, changed.json().getString("etag"));
    assertEquals(second, admin.get(path).etag(), "the answer's ETag is the one read after");

    Reply stale = admin.send("PATCH", path, "{\"disabled\": true}", "If-Match", first);
    assertEquals(412, stale.status(), stale.body());
    assertEquals("urn:ordna:problem:stale-etag", stale.json().getString("type"));
    assertEquals(second, stale.json().getString("currentEtag"));
    assertFalse(admin.get(path).json().getBoolean("disabled"), "nothing changed");

    Reply any = admin.send("PATCH", path, "{\"roles\": [\"editor\"]}", "If-Match", "*");
    assertEquals(200, any.status(), any.body());

    Reply resetUnconditional = admin.post(path + "/password", json("{}"));
    assertEquals(428, resetUnconditional.status(), resetUnconditional.body());
    Reply resetStale = admin.post(path + "/password", json("{}"), "If-Match", second);
    assertEquals(412, resetStale.status(), resetStale.body());
    String beforeReset = admin.get(path).etag();
    Reply reset = admin.post(path + "/password", json("{}"), "If-Match", beforeReset);
    assertEquals(200, reset.status(), reset.body());
    assertTrue(!reset.etag().equals(beforeReset), "a new password is a new version");
    assertEquals(reset.etag(), admin.get(path).etag(), "the reset answers with the new ETag");
  }
}
