package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients behind a proxy: the shared server trusts one loopback address ({@link
 * SharedServer#TRUSTED_PROXY}) as a proxy in front of it. Its {@code Forwarded} / {@code
 * X-Forwarded-*} headers name the client for the sign-in throttle, the audit trail and HSTS; the
 * same headers from anyone else change nothing.
 */
@ExtendWith(SharedServer.class)
class ForwardedClientIT {

  private static final String UNTRUSTED = "127.0.0.8";

  private static RawHttp.Answer signIn(Api api, String from, String user, String... headers) {
    byte[] body =
        Json.createObjectBuilder()
            .add("username", user)
            .add("password", "not-the-password")
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type: application/json";
    all[1] = "Content-Length: " + body.length;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return RawHttp.sendFrom(from, api.base(), "POST", "/api/v1/auth/token", body, all);
  }

  private static String user(Api admin) {
    Api user = Users.create(admin, "proxied", List.of("editor"), List.of(), List.of());
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  @Test
  void throughATrustedProxyEachForwardedClientIsThrottledOnItsOwn(Api admin) {
    String username = user(admin);
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401,
          signIn(admin, SharedServer.TRUSTED_PROXY, username, "X-Forwarded-For: 198.51.100.1")
              .status());
    }

    assertEquals(
        429,
        signIn(admin, SharedServer.TRUSTED_PROXY, username, "X-Forwarded-For: 198.51.100.1")
            .status());
    assertEquals(
        401,
        signIn(admin, SharedServer.TRUSTED_PROXY, username, "Forwarded: for=198.51.100.2").status(),
        "another client behind the same proxy is not limited");
  }

  @Test
  void forwardingHeadersFromAnyoneElseAreIgnored(Api admin) {
    String username = user(admin);
    for (int i = 0; i < 5; i++) {
      signIn(admin, UNTRUSTED, username, "X-Forwarded-For: 198.51.100." + (10 + i));
    }

    assertEquals(
        429,
        signIn(admin, UNTRUSTED, username, "X-Forwarded-For: 198.51.100.99").status(),
        "a made-up address does not escape the throttle");
  }

  @Test
  void theAuditTrailRecordsTheForwardedClient(Api admin) {
    String type = createEventType(admin);
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Via mellomtjener\"}"))
            .json()
            .getString("id");
    byte[] publish = "{\"action\": \"publish\"}".getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer answer =
        RawHttp.sendFrom(
            SharedServer.TRUSTED_PROXY,
            admin.base(),
            "POST",
            "/api/v1/manage/items/" + id + "/variants/nb/transitions",
            publish,
            "Content-Type: application/json",
            "Content-Length: " + publish.length,
            "Authorization: Bearer " + admin.token(),
            "If-Match: " + admin.get("/api/v1/manage/items/" + id).etag(),
            "X-Forwarded-For: 203.0.113.7, 127.0.0.9");
    assertEquals(200, answer.status(), answer.text());

    JsonObject event =
        admin.get("/api/v1/manage/audit?item=" + id).json().getJsonArray("items").getJsonObject(0);
    assertEquals("203.0.113.7", event.getString("from"), event.toString());
  }

  @Test
  void hstsIsSentOnlyWhenATrustedProxySaysTheClientUsedHttps(Api api) {
    RawHttp.Answer viaHttps =
        RawHttp.sendFrom(
            SharedServer.TRUSTED_PROXY,
            api.base(),
            "GET",
            "/api/v1/content/article?limit=1",
            null,
            "X-Forwarded-Proto: https");
    RawHttp.Answer spoofed =
        RawHttp.sendFrom(
            UNTRUSTED,
            api.base(),
            "GET",
            "/api/v1/content/article?limit=1",
            null,
            "X-Forwarded-Proto: https");
    RawHttp.Answer plain =
        RawHttp.sendFrom(
            SharedServer.TRUSTED_PROXY, api.base(), "GET", "/api/v1/content/article?limit=1", null);

    assertEquals("max-age=31536000", viaHttps.header("Strict-Transport-Security"));
    assertNull(spoofed.header("Strict-Transport-Security"));
    assertNull(plain.header("Strict-Transport-Security"));
  }
}
