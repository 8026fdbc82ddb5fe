package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TestDatabase;
import no.ordna.cms.web.it.support.TestReceiver;
import no.ordna.cms.web.it.support.TestReceiver.Received;
import org.junit.jupiter.api.Test;

/**
 * The outbox across instances and crashes: two instances on one database deliver every event
 * exactly once between them; a sync token from one instance works on the other; and an event
 * committed but not yet delivered when its instance is killed ({@code kill -9}) arrives exactly
 * once after the restart.
 */
class WebhookAcrossInstancesIT {

  private static final String PASSWORD = "webhook-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static Api admin(CmsServer server) {
    Api api = new Api(server.base(), null);
    return api.as(api.login("admin", PASSWORD));
  }

  private static String webhook(Api api, TestReceiver receiver, String path, String type) {
    Reply reply =
        api.post(
            "/api/v1/manage/webhooks",
            Json.createObjectBuilder()
                .add("url", receiver.url(path))
                .add("events", Json.createArrayBuilder().add("content.published"))
                .add("contentTypes", Json.createArrayBuilder().add(type))
                .build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getString("secret");
  }

  private static String publishedItem(Api api, String type, String title) {
    String id =
        createItem(api, type, "nb", json("{\"title\": \"" + title + "\"}")).json().getString("id");
    publish(api, id, "nb");
    return id;
  }

  /** Successful receipts on {@code path}, counted by the item they tell of. */
  private static Map<String, Long> deliveredByItem(TestReceiver receiver, String path) {
    return receiver.received(path).stream()
        .filter(Received::succeeded)
        .collect(
            Collectors.groupingBy(
                r -> r.json().getJsonObject("data").getString("itemId"), Collectors.counting()));
  }

  @Test
  void everyEventIsDeliveredOnceAcrossInstancesAndAfterAKill() {
    TestDatabase database = TestDatabase.get();
    Map<String, String> env = new HashMap<>();
    env.put("CMS_DB_URL", database.createDatabase("webhooks"));
    env.put("CMS_DB_USER", database.user());
    env.put("CMS_DB_PASSWORD", database.password());
    env.put("CMS_ADMIN_PASSWORD", PASSWORD);
    env.put("CMS_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1");
    env.put("CMS_OUTBOUND_TIMEOUT", "PT2S");
    env.put("CMS_WEBHOOK_RETRY_BASE", "PT0.2S");
    env.put("CMS_WEBHOOK_RETRY_MAX", "PT1S");
    try (TestReceiver receiver = TestReceiver.start();
        CmsServer a = CmsServer.start("webhooks-a", env);
        CmsServer b = CmsServer.start("webhooks-b", env)) {
      Api onA = admin(a);
      Api onB = admin(b);
      String type = createEventType(onA);
      webhook(onA, receiver, "/both", type);

      // both instances publish; both dispatch (each wakes at once for its own events, and
      // every second for all): every event still arrives once
      String syncToken =
          URLEncoder.encode(
              onA.anonymous().get("/api/v1/sync?type=" + type).json().getString("nextSyncToken"),
              StandardCharsets.UTF_8);
      for (int i = 0; i < 10; i++) {
        publishedItem(onA, type, "A " + i);
        publishedItem(onB, type, "B " + i);
      }
      receiver.await(
          "20 deliveries", WAIT, list -> deliveredByItem(receiver, "/both").size() == 20);
      String marker = publishedItem(onB, type, "Merke");
      receiver.await(
          "the marker", WAIT, list -> deliveredByItem(receiver, "/both").containsKey(marker));
      Map<String, Long> counts = deliveredByItem(receiver, "/both");
      assertEquals(21, counts.size());
      assertTrue(counts.values().stream().allMatch(n -> n == 1), counts.toString());
      assertEquals(
          21,
          receiver.received("/both").stream()
              .filter(Received::succeeded)
              .map(r -> r.header("webhook-id"))
              .distinct()
              .count());

      // a sync token made on A is a position in the shared log: B answers it
      JsonObject changes = onB.anonymous().get("/api/v1/sync?token=" + syncToken).json();
      assertEquals(21, changes.getJsonArray("items").size(), changes.toString());

      // a crash between the commit of a publish and its delivery
      b.stop();
      AtomicBoolean up = new AtomicBoolean(false);
      receiver.answer("/crash", n -> up.get() ? 204 : 503);
      webhook(onA, receiver, "/crash", type);
      String lost = publishedItem(onA, type, "Før krasjet");
      receiver.await("a failed first try", WAIT, list -> !receiver.received("/crash").isEmpty());
      a.kill();
      up.set(true);
      a.restart();
      Api again = admin(a);
      receiver.await(
          "the event after the restart",
          WAIT,
          list -> deliveredByItem(receiver, "/crash").containsKey(lost));
      String after = publishedItem(again, type, "Etter krasjet");
      receiver.await(
          "an event published after the restart",
          WAIT,
          list -> deliveredByItem(receiver, "/crash").containsKey(after));
      Map<String, Long> crash = deliveredByItem(receiver, "/crash");
      assertEquals(Map.of(lost, 1L, after, 1L), crash);
      List<Received> failed =
          receiver.received("/crash").stream().filter(r -> !r.succeeded()).toList();
      assertTrue(
          failed.stream().allMatch(r -> r.text().contains(lost)),
          "only the event from before the crash was refused while the receiver was down");
    }
  }
}
