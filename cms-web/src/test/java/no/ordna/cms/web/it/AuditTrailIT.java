package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.TestDatabase;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail records every change, not only workflow: saves, types, users, tokens, assets,
 * sign-ins (refused ones too, with the client's address); it is append-only in the database itself;
 * and a reader limited to content types sees only those, and no users, tokens or sign-ins.
 */
@ExtendWith(SharedServer.class)
class AuditTrailIT {

  private static List<JsonObject> events(Api api, String query) {
    Reply reply = api.get("/api/v1/manage/audit?limit=200&" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static boolean has(Api api, String action, String mentioning) {
    return events(api, "action=" + action).stream()
        .anyMatch(e -> e.toString().contains(mentioning));
  }

  @Test
  void savesTypesUsersTokensAndAssetsAreAudited(Api admin) {
    String type = createEventType(admin);
    assertTrue(has(admin, "type.create", type), "type.create");

    Reply created = createItem(admin, type, "nb", json("{\"title\": \"Revidert\"}"));
    String id = created.json().getString("id");
    Reply saved =
        admin.put(
            "/api/v1/manage/items/" + id + "/variants/nb",
            fields(json("{\"title\": \"Revidert igjen\"}")),
            "If-Match",
            created.etag());
    assertEquals(200, saved.status(), saved.body());
    List<String> itemActions =
        events(admin, "item=" + id).stream().map(e -> e.getString("action")).toList();
    assertTrue(
        itemActions.containsAll(List.of("item.create", "variant.save")), itemActions.toString());

    Api user = Users.create(admin, "viewer");
    String userId = user.get("/api/v1/manage/users/me").json().getString("id");
    assertTrue(has(admin, "user.create", userId), "user.create");
    assertEquals(200, Users.change(admin, userId, "{\"roles\": [\"editor\"]}").status());
    assertTrue(has(admin, "user.change", userId), "user.change");

    Reply token =
        admin.post(
            "/api/v1/manage/machine-tokens",
            json(
                "{\"name\": \"revisjon\", \"scopes\": [\"manage:read\"], \"expiresIn\": \"P1D\"}"));
    assertEquals(201, token.status(), token.body());
    assertTrue(has(admin, "token.create-machine", "revisjon"), "token.create-machine");
    assertFalse(
        events(admin, "action=token.create-machine")
            .toString()
            .contains(token.json().getString("token")),
        "no secret in the audit trail");

    byte[] png = TestAssets.image("png", 40, 30);
    Reply asset =
        admin
            .sendBytes("POST", "/api/v1/manage/assets", png, "Content-Type", "image/png")
            .asReply();
    assertEquals(201, asset.status(), asset.body());
    String assetId = asset.json().getString("id");
    Reply texts =
        admin.put(
            "/api/v1/manage/assets/" + assetId,
            json("{\"texts\": {\"nb\": {\"alt\": \"Rute\"}}}"),
            "If-Match",
            asset.etag());
    assertEquals(200, texts.status(), texts.body());
    assertEquals(
        204, admin.delete("/api/v1/manage/assets/" + assetId, "If-Match", texts.etag()).status());
    for (String action : List.of("asset.upload", "asset.update", "asset.delete")) {
      assertTrue(has(admin, action, assetId), action);
    }
  }

  @Test
  void signInsAreAuditedWithTheClientAddressRefusedOnesToo(Api admin, SharedServer.Info info) {
    Api user = Users.create(admin, "viewer");
    String username = user.get("/api/v1/manage/users/me").json().getString("username");
    byte[] wrong =
        ("{\"username\": \"" + username + "\", \"password\": \"not-the-password\"}")
            .getBytes(StandardCharsets.UTF_8);

    RawHttp.Answer refused =
        RawHttp.sendFrom(
            "127.0.0.42",
            info.server().base(),
            "POST",
            "/api/v1/auth/token",
            wrong,
            "Content-Type: application/json",
            "Content-Length: " + wrong.length);

    assertEquals(401, refused.status());
    JsonObject failed =
        events(admin, "action=auth.sign-in-failed&user=" + username).stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no refused sign-in recorded"));
    assertEquals("127.0.0.42", failed.getString("from", null), failed.toString());
    assertTrue(
        events(admin, "action=auth.sign-in&user=" + username).size() >= 1,
        "the successful sign-in of Users.create is recorded");
  }

  @Test
  void aReaderLimitedToATypeSeesOnlyThatTypeAndNoUsersTokensOrSignIns(Api admin) {
    String mine = createEventType(admin);
    String other = createEventType(admin);
    String a = createItem(admin, mine, "nb", json("{\"title\": \"Min\"}")).json().getString("id");
    String b =
        createItem(admin, other, "nb", json("{\"title\": \"Annen\"}")).json().getString("id");
    Api limited = Users.create(admin, "editor", List.of("editor"), List.of(), List.of(mine));

    String seen = limited.get("/api/v1/manage/audit?limit=200").body();
    assertTrue(seen.contains(a), "events of the reader's own type");
    assertFalse(seen.contains(b), "no events of another type");
    assertFalse(seen.contains("\"auth.sign-in\""), "no sign-ins");
    assertFalse(seen.contains("\"user.create\""), "no user administration");
    assertTrue(
        limited.get("/api/v1/manage/audit?item=" + b).json().getJsonArray("items").isEmpty(),
        "asking for another type's item by id shows nothing either");
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAuditRows(SharedServer.Info info) throws SQLException {
    try (Connection connection = TestDatabase.get().connect(info.jdbcUrl());
        Statement sql = connection.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () -> sql.executeUpdate("UPDATE audit_event SET actor = 'someone else'"));
      SQLException delete =
          assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));

      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
      try (var rows = sql.executeQuery("SELECT COUNT(*) FROM audit_event")) {
        rows.next();
        assertTrue(rows.getLong(1) > 0);
      }
    }
  }
}
