package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens: sign-in, bearer checks on the management API, sign-out. */
@ExtendWith(SharedServer.class)
class AuthIT {

  private static JsonObject credentials(String username, String password) {
    return Json.createObjectBuilder().add("username", username).add("password", password).build();
  }

  @Test
  void validCredentialsGiveAnExpiringTokenThatIsNotCached(Api api) {
    Reply reply =
        api.anonymous()
            .post("/api/v1/auth/token", credentials("admin", SharedServer.ADMIN_PASSWORD));

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.json().getString("token").length() >= 40);
    Instant expires = Instant.parse(reply.json().getString("expiresAt"));
    assertTrue(expires.isAfter(Instant.now()));
    assertTrue(reply.header("Cache-Control").contains("no-store"));
  }

  @Test
  void usernamesAreMatchedWithoutRegardToCase(Api api) {
    Reply reply =
        api.anonymous()
            .post("/api/v1/auth/token", credentials("ADMIN", SharedServer.ADMIN_PASSWORD));

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void wrongPasswordAndUnknownUserFailAlikeWith401(Api api) {
    Reply wrongPassword =
        api.anonymous().post("/api/v1/auth/token", credentials("admin", "not-the-password"));
    Reply unknownUser =
        api.anonymous().post("/api/v1/auth/token", credentials("nobody", "not-the-password"));

    assertEquals(401, wrongPassword.status());
    assertEquals(401, unknownUser.status());
    assertEquals("application/problem+json", wrongPassword.header("Content-Type"));
    assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));
  }

  @Test
  void tokenRequestWithoutPasswordIsA400NamingTheField(Api api) {
    Reply reply =
        api.anonymous()
            .post(
                "/api/v1/auth/token", Json.createObjectBuilder().add("username", "admin").build());

    assertEquals(400, reply.status());
    assertEquals(
        "password", reply.json().getJsonArray("errors").getJsonObject(0).getString("path"));
  }

  @Test
  void managementCallsWithoutTokenGet401WithAChallenge(Api api) {
    Reply reply = api.anonymous().get("/api/v1/manage/items");

    assertEquals(401, reply.status());
    assertEquals("Bearer realm=\"cms\"", reply.header("WWW-Authenticate"));
    assertEquals("urn:ordna:problem:unauthorized", reply.json().getString("type"));
  }

  @Test
  void anUnknownTokenIsRefused(Api api) {
    assertEquals(401, api.as("made-up-token").get("/api/v1/manage/content-types").status());
    assertEquals(
        401,
        api.anonymous()
            .get("/api/v1/manage/content-types", "Authorization", "Basic YWRtaW46eA==")
            .status());
  }

  @Test
  void signingOutRevokesTheTokenAtOnce(Api api) {
    String token = api.login("admin", SharedServer.ADMIN_PASSWORD);
    Api session = api.as(token);
    assertEquals(200, session.get("/api/v1/manage/locales").status());

    assertEquals(204, session.delete("/api/v1/auth/token").status());

    assertEquals(401, session.get("/api/v1/manage/locales").status());
  }

  @Test
  void localesListTheSixProductLocalesWithNbAsDefaultAndFallback(Api api) {
    JsonObject locales = api.get("/api/v1/manage/locales").json();

    assertEquals("nb", locales.getString("default"));
    assertEquals(6, locales.getJsonArray("items").size());
    JsonObject se = locales.getJsonArray("items").getJsonObject(3);
    assertEquals("se", se.getString("code"));
    assertEquals("nb", se.getJsonArray("fallback").getString(0));
    assertFalse(se.getBoolean("default"));
    assertNotNull(locales.getJsonArray("items").getJsonObject(0).getJsonArray("fallback"));
  }
}
