package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling, per username and per address. Runs late: once the address limit is hit,
 * sign-ins from this machine are refused for the rest of the window.
 */
@Order(Integer.MAX_VALUE - 1)
@ExtendWith(SharedServer.class)
class RateLimitIT {

  private static Reply login(Api api, String user, String password) {
    return api.anonymous()
        .post(
            "/api/v1/auth/token",
            Json.createObjectBuilder().add("username", user).add("password", password).build());
  }

  @Test
  void repeatedFailuresForOneUserAre429WithRetryAfterEvenForTheRightPassword(Api admin) {
    Api editor =
        Users.create(
            admin,
            "throttled",
            java.util.List.of("editor"),
            java.util.List.of(),
            java.util.List.of());
    String username = editor.get("/api/v1/manage/users/me").json().getString("username");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, login(admin, username, "wrong-password-" + i).status());
    }

    Reply refused = login(admin, username, Users.PASSWORD);

    assertEquals(429, refused.status());
    assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    assertEquals("application/problem+json", refused.header("Content-Type"));
  }

  @Test
  void manyFailuresFromOneAddressAre429ForEveryUsername(Api admin) {
    int status = 0;
    for (int i = 0; i < 45 && status != 429; i++) {
      status = login(admin, "nobody-" + i, "wrong-password").status();
    }

    assertEquals(429, status);
    assertEquals(429, login(admin, "admin", SharedServer.ADMIN_PASSWORD).status());
  }
}
