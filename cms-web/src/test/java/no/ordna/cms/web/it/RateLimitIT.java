package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling per user name and address, and per address. Every test signs in from a
 * loopback address of its own in 127.0.1.0/24 (any 127.x address reaches the server on 127.0.0.1;
 * other tests use 127.0.0.x), with user names of its own, so what it provokes limits neither the
 * other tests here nor any other test, whatever the order: it changes no setting and leaves no
 * counter that another client or user name meets.
 */
@ExtendWith(SharedServer.class)
class RateLimitIT {

  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

  /** A client address no other test uses. */
  private static String freshAddress() {
    int n = NEXT_ADDRESS.getAndIncrement();
    if (n > 254) {
      throw new IllegalStateException("out of client addresses");
    }
    return "127.0.1." + n;
  }

  private static RawHttp.Answer login(URI base, String from, String user, String password) {
    JsonObject body =
        Json.createObjectBuilder().add("username", user).add("password", password).build();
    return RawHttp.sendFrom(
        from,
        base,
        "POST",
        "/api/v1/auth/token",
        body.toString().getBytes(StandardCharsets.UTF_8),
        "Content-Type: application/json",
        "Content-Length: " + body.toString().getBytes(StandardCharsets.UTF_8).length);
  }

  private static String username(Api admin, String prefix) {
    Api user = Users.create(admin, prefix, List.of("editor"), List.of(), List.of());
    return user.get("/api/v1/manage/users/me").json().getString("username");
  }

  @Test
  void repeatedFailuresOfOneUserFromOneAddressAre429WithRetryAfterEvenForTheRightPassword(
      Api admin) {
    String username = username(admin, "throttled");
    String from = freshAddress();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, login(admin.base(), from, username, "wrong-password-" + i).status());
    }

    RawHttp.Answer refused = login(admin.base(), from, username, Users.PASSWORD);

    assertEquals(429, refused.status(), refused.text());
    assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    assertEquals("application/problem+json", refused.header("Content-Type"));
  }

  @Test
  void guessesAtAUserNameFromOneAddressNeverLockItsOwnerOutElsewhere(Api admin) {
    String username = username(admin, "targeted");
    String attacker = freshAddress();
    for (int i = 0; i < 8; i++) {
      login(admin.base(), attacker, username, "guess-" + i);
    }
    assertEquals(429, login(admin.base(), attacker, username, Users.PASSWORD).status());

    RawHttp.Answer owner = login(admin.base(), freshAddress(), username, Users.PASSWORD);

    assertEquals(200, owner.status(), owner.text());
  }

  @Test
  void manyFailuresFromOneAddressAre429ForEveryUserNameThere(Api admin) {
    String from = freshAddress();
    int status = 0;
    for (int i = 0; i < 45 && status != 429; i++) {
      status = login(admin.base(), from, "nobody-" + i, "wrong-password").status();
    }

    assertEquals(429, status);
    assertEquals(
        429,
        login(admin.base(), from, "admin", SharedServer.ADMIN_PASSWORD).status(),
        "same place");
    assertEquals(
        200,
        login(admin.base(), freshAddress(), "admin", SharedServer.ADMIN_PASSWORD).status(),
        "elsewhere");
  }

  @Test
  void parallelGuessesCannotPassTheLimit(Api admin) throws Exception {
    String username = username(admin, "parallel");
    String from = freshAddress();
    int attempts = 24;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      String guess = "parallel-guess-" + i;
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return login(admin.base(), from, username, guess).status();
              }));
    }
    start.countDown();
    int checked = 0;
    int refused = 0;
    for (Future<Integer> status : statuses) {
      int code = status.get(60, TimeUnit.SECONDS);
      checked += code == 401 ? 1 : 0;
      refused += code == 429 ? 1 : 0;
    }
    pool.shutdownNow();

    assertEquals(5, checked, "passwords checked");
    assertEquals(attempts - 5, refused);
  }

  @Test
  void anOverlongUserNameIsRefusedWith400(Api admin) {
    RawHttp.Answer answer = login(admin.base(), freshAddress(), "a".repeat(101), "password");

    assertEquals(400, answer.status(), answer.text());
    assertTrue(answer.text().contains("\"username\""), answer.text());
  }

  @Test
  void guessingTheCurrentPasswordWhenChangingItIsThrottledToo(Api admin) {
    Api user = Users.create(admin, "changer", List.of("editor"), List.of(), List.of());
    byte[] change =
        Json.createObjectBuilder()
            .add("currentPassword", "not-my-password")
            .add("newPassword", "a-new-password-123")
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    String from = freshAddress();
    int status = 0;
    for (int i = 0; i < 8 && status != 429; i++) {
      status =
          RawHttp.sendFrom(
                  from,
                  admin.base(),
                  "PUT",
                  "/api/v1/manage/users/me/password",
                  change,
                  "Content-Type: application/json",
                  "Content-Length: " + change.length,
                  "Authorization: Bearer " + user.token())
              .status();
    }

    assertEquals(429, status);
  }
}
