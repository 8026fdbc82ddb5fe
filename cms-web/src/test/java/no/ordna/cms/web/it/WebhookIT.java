package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.StandardWebhooksVerifier;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.TestReceiver;
import no.ordna.cms.web.it.support.TestReceiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks through the real API and a real receiver on a loopback port: made with a secret shown
 * once, every event type delivered with its payload and a signature that a verifier written from
 * the Standard Webhooks specification accepts, retries with back-off until the receiver takes it,
 * dead letters and their replay, one item's events in order, and URLs the outbound rules refuse.
 */
@ExtendWith(SharedServer.class)
class WebhookIT {

  private static final String HOOKS = "/api/v1/manage/webhooks";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static TestReceiver receiver;

  @BeforeAll
  static void startReceiver() {
    receiver = TestReceiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  /** Makes a webhook for {@code path} on the receiver; returns its answer (201 expected). */
  private static JsonObject webhook(Api api, String path, String type, String... events) {
    var body =
        Json.createObjectBuilder()
            .add("url", receiver.url(path))
            .add("events", Json.createArrayBuilder(List.of(events)))
            .add("contentTypes", Json.createArrayBuilder(List.of(type)))
            .add("description", "test " + path);
    Reply reply = api.post(HOOKS, body.build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  /** The deliveries the receiver got on {@code path}, checked to be signed with {@code secret}. */
  private static List<Received> verified(String path, String secret) {
    List<Received> got = receiver.received(path);
    for (Received r : got) {
      StandardWebhooksVerifier.verify(
          secret,
          r.header("webhook-id"),
          r.header("webhook-timestamp"),
          r.header("webhook-signature"),
          r.body());
      assertEquals(r.header("webhook-id"), r.json().getString("id"));
      assertTrue(r.header("content-type").startsWith("application/json"), r.header("content-type"));
    }
    return got;
  }

  private static Received awaitEvent(String path, String type, String itemOrSubject) {
    List<Received> all =
        receiver.await(
            type + " for " + itemOrSubject + " on " + path,
            WAIT,
            list ->
                list.stream()
                    .anyMatch(
                        r ->
                            r.path().equals(path)
                                && r.succeeded()
                                && r.text().contains("\"type\":\"" + type + "\"")
                                && r.text().contains(itemOrSubject)));
    return all.stream()
        .filter(
            r ->
                r.path().equals(path)
                    && r.succeeded()
                    && r.text().contains("\"type\":\"" + type + "\"")
                    && r.text().contains(itemOrSubject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWebhookIsMadeWith201AndItsSecretIsShownOnce(Api admin) {
    String type = createEventType(admin);
    JsonObject created = webhook(admin, "/made", type, "content.published");
    String id = created.getString("id");
    assertTrue(
        created.getString("secret").matches("whsec_[A-Za-z0-9+/]{43}="),
        created.getString("secret"));
    assertEquals(List.of("content.published"), strings(created.getJsonArray("events")));
    assertTrue(created.getBoolean("enabled"));

    Reply one = admin.get(HOOKS + "/" + id);
    assertEquals(200, one.status());
    assertFalse(one.json().containsKey("secret"), one.body());
    assertNotNull(one.etag());
    assertFalse(admin.get(HOOKS).body().contains(created.getString("secret")));

    Reply renewed = admin.post(HOOKS + "/" + id + "/secret", Json.createObjectBuilder().build());
    assertEquals(200, renewed.status());
    assertFalse(renewed.json().getString("secret").equals(created.getString("secret")));
    assertEquals(204, admin.delete(HOOKS + "/" + id, "If-Match", renewed.etag()).status());
    assertEquals(404, admin.get(HOOKS + "/" + id).status());
  }

  @Test
  void privateLoopbackAndLinkLocalUrlsAreRefusedUnlessAllowed(Api admin) {
    for (String url :
        List.of(
            "http://10.20.30.40/hook",
            "http://192.168.1.10/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]:8080/hook",
            "http://127.0.0.2/hook",
            "ftp://example.org/hook",
            "http://user:pw@example.org/hook")) {
      Reply reply =
          admin.post(
              HOOKS,
              Json.createObjectBuilder()
                  .add("url", url)
                  .add("events", Json.createArrayBuilder().add("content.published"))
                  .build());
      assertEquals(400, reply.status(), url + ": " + reply);
      assertEquals("application/problem+json", reply.header("Content-Type").split(";")[0]);
      assertTrue(reply.body().contains("\"url\""), reply.body());
    }
    Reply unknownEvent =
        admin.post(
            HOOKS,
            json("{\"url\": \"" + receiver.url("/x") + "\", \"events\": [\"content.eaten\"]}"));
    assertEquals(400, unknownEvent.status());
    assertTrue(unknownEvent.body().contains("content.eaten"));
  }

  @Test
  void everyEventTypeArrivesWithItsPayloadAndAValidSignature(Api admin) {
    String type = createEventType(admin);
    JsonObject hook =
        webhook(
            admin,
            "/all",
            type,
            "content.published",
            "content.unpublished",
            "content.deleted",
            "content.restored",
            "translation.outdated",
            "asset.changed",
            "content-type.changed");
    String secret = hook.getString("secret");

    Reply created = createItem(admin, type, "nb", json("{\"title\": \"Webhook-møte\"}"));
    String id = created.json().getString("id");
    publish(admin, id, "nb");
    JsonObject published = awaitEvent("/all", "content.published", id).json();
    JsonObject data = published.getJsonObject("data");
    assertTrue(published.getString("id").startsWith("msg_"));
    assertNotNull(published.getString("timestamp"));
    assertEquals(id, data.getString("itemId"));
    assertEquals(type, data.getString("type"));
    assertEquals("nb", data.getString("locale"));
    assertEquals("webhook-mote", data.getString("slug"));
    assertEquals(1, data.getInt("revision"));
    JsonObject urls = data.getJsonObject("urls");
    assertTrue(
        strings(urls.getJsonArray("delivery")).stream()
            .anyMatch(u -> u.endsWith("/api/v1/content/" + type + "/webhook-mote?locale=nb")),
        urls.toString());
    assertTrue(
        strings(urls.getJsonArray("lists")).stream()
            .anyMatch(u -> u.endsWith("/api/v1/content/" + type + "?locale=se")),
        "se falls back to nb, so its list shows the item: " + urls);
    assertTrue(urls.getString("sitemap").endsWith("/sitemap.xml"));
    assertEquals(
        List.of("item:" + id, "type:" + type, "sitemap"),
        strings(data.getJsonArray("surrogateKeys")));

    // a translation, then a change of its source: the translation is outdated
    String etag = admin.get("/api/v1/manage/items/" + id).etag();
    assertEquals(
        201,
        admin
            .put(
                "/api/v1/manage/items/" + id + "/variants/se",
                fields(json("{\"title\": \"Webhook-čoahkkin\"}")),
                "If-Match",
                etag)
            .status());
    etag = admin.get("/api/v1/manage/items/" + id).etag();
    assertEquals(
        200,
        admin
            .put(
                "/api/v1/manage/items/" + id + "/variants/nb",
                fields(json("{\"title\": \"Webhook-møte, endret\"}")),
                "If-Match",
                etag)
            .status());
    JsonObject outdated = awaitEvent("/all", "translation.outdated", id).json();
    assertEquals("se", outdated.getJsonObject("data").getString("locale"));
    assertEquals("nb", outdated.getJsonObject("data").getString("sourceLocale"));

    transition(admin, id, "nb", "unpublish");
    JsonObject unpublished = awaitEvent("/all", "content.unpublished", id).json();
    assertEquals("nb", unpublished.getJsonObject("data").getString("locale"));

    etag = admin.get("/api/v1/manage/items/" + id).etag();
    assertEquals(204, admin.delete("/api/v1/manage/items/" + id, "If-Match", etag).status());
    JsonObject deleted = awaitEvent("/all", "content.deleted", id).json();
    assertEquals(2, deleted.getJsonObject("data").getJsonArray("variants").size());

    assertEquals(
        200,
        admin
            .post("/api/v1/manage/trash/" + id + "/restore", Json.createObjectBuilder().build())
            .status());
    awaitEvent("/all", "content.restored", id);

    Reply definition = admin.get("/api/v1/manage/content-types/" + type);
    JsonObject changed =
        Json.createObjectBuilder(no.ordna.cms.web.it.support.Fixtures.eventType(type))
            .add("description", Json.createObjectBuilder().add("nb", "Endret for webhooks"))
            .build();
    Reply put =
        admin.put("/api/v1/manage/content-types/" + type, changed, "If-Match", definition.etag());
    assertEquals(200, put.status(), put.toString());
    JsonObject typeChanged = awaitEvent("/all", "content-type.changed", type).json();
    assertEquals(type, typeChanged.getJsonObject("data").getString("type"));

    String asset = TestAssets.uploadImage(admin, "Webhook-bilde");
    Reply changedAsset =
        admin.put(
            "/api/v1/manage/assets/" + asset,
            json("{\"texts\": {\"se\": {\"alt\": \"Govva\"}}}"),
            "If-Match",
            admin.get("/api/v1/manage/assets/" + asset).etag());
    assertEquals(200, changedAsset.status(), changedAsset.toString());
    JsonObject assetChanged = awaitEvent("/all", "asset.changed", asset).json();
    assertEquals(asset, assetChanged.getJsonObject("data").getString("assetId"));

    List<Received> all = verified("/all", secret);
    Set<String> types = new java.util.TreeSet<>();
    all.forEach(r -> types.add(r.json().getString("type")));
    assertEquals(
        Set.of(
            "content.published",
            "content.unpublished",
            "content.deleted",
            "content.restored",
            "translation.outdated",
            "asset.changed",
            "content-type.changed"),
        types);
  }

  @Test
  void aReceiverThatAnswers500TwiceGetsTheEventOnTheThirdTry(Api admin) {
    String type = createEventType(admin);
    receiver.answer("/flaky", n -> n <= 2 ? 500 : 200);
    JsonObject hook = webhook(admin, "/flaky", type, "content.published");
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Tredje gang\"}")).json().getString("id");
    publish(admin, id, "nb");
    awaitEvent("/flaky", "content.published", id);

    List<Received> tries = verified("/flaky", hook.getString("secret"));
    assertEquals(List.of(500, 500, 200), tries.stream().map(Received::answered).toList());
    assertEquals(1, tries.stream().map(r -> r.header("webhook-id")).distinct().count());
    JsonObject delivery = onlyDelivery(admin, hook.getString("id"));
    assertEquals("delivered", delivery.getString("state"));
    assertEquals(3, delivery.getInt("attempts"));
    JsonArray log = delivery.getJsonArray("log");
    assertEquals(3, log.size());
    assertEquals(500, log.getJsonObject(0).getInt("status"));
    assertEquals("answered 500", log.getJsonObject(0).getString("response"));
    assertFalse(log.getJsonObject(0).getBoolean("success"));
    assertEquals(200, log.getJsonObject(2).getInt("status"));
    assertTrue(log.getJsonObject(2).getBoolean("success"));
  }

  @Test
  void aReceiverThatNeverAnswersEndsInTheDeadLetterStateAndCanBeReplayed(Api admin) {
    String type = createEventType(admin);
    receiver.answer(
        "/silent", n -> n <= SharedServer.WEBHOOK_MAX_ATTEMPTS ? TestReceiver.HANG : 204);
    JsonObject hook = webhook(admin, "/silent", type, "content.published");
    String hookId = hook.getString("id");
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Stille\"}")).json().getString("id");
    publish(admin, id, "nb");

    JsonObject dead = awaitDelivery(admin, hookId, "dead");
    assertEquals(SharedServer.WEBHOOK_MAX_ATTEMPTS, dead.getInt("attempts"));
    for (JsonObject attempt : dead.getJsonArray("log").getValuesAs(JsonObject.class)) {
      assertFalse(attempt.containsKey("status"), attempt.toString());
      assertTrue(attempt.getString("error").startsWith("no answer within"), attempt.toString());
    }
    Reply listed = admin.get(HOOKS + "/" + hookId + "/deliveries?state=dead");
    assertEquals(1, listed.json().getJsonArray("items").size());

    Reply replayed =
        admin.post(
            HOOKS + "/" + hookId + "/deliveries/" + dead.getString("id") + "/replay",
            Json.createObjectBuilder().build());
    assertEquals(202, replayed.status(), replayed.toString());
    Received delivered = awaitEvent("/silent", "content.published", id);
    assertEquals(dead.getString("eventId"), delivered.header("webhook-id"));
    verified("/silent", hook.getString("secret"));
    assertEquals("delivered", awaitDelivery(admin, hookId, "delivered").getString("state"));
    Reply again = admin.get(HOOKS + "/" + hookId + "/deliveries/" + dead.getString("id"));
    assertEquals(
        id, again.json().getJsonObject("payload").getJsonObject("data").getString("itemId"));
  }

  @Test
  void oneItemsEventsArriveInTheOrderTheyHappened(Api admin) {
    String type = createEventType(admin);
    // the first try fails, so later events of the item must wait behind its retries
    receiver.answer("/ordered", n -> n == 1 ? 503 : 204);
    webhook(admin, "/ordered", type, "content.published", "content.unpublished");
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Rekkefølge\"}")).json().getString("id");
    List<String> happened = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      publish(admin, id, "nb");
      happened.add("content.published");
      transition(admin, id, "nb", "unpublish");
      happened.add("content.unpublished");
    }
    List<Received> got =
        receiver.await(
            "six events of " + id,
            WAIT,
            list ->
                list.stream().filter(r -> r.path().equals("/ordered") && r.succeeded()).count()
                    == 6);
    Map<String, String> delivered = new LinkedHashMap<>();
    got.stream()
        .filter(r -> r.path().equals("/ordered") && r.succeeded())
        .forEach(r -> delivered.put(r.header("webhook-id"), r.json().getString("type")));
    assertEquals(happened, List.copyOf(delivered.values()));
    assertEquals(
        1, got.stream().filter(r -> r.path().equals("/ordered") && !r.succeeded()).count());
  }

  @Test
  void aWebhooksTokenManagesWebhooksAndNothingElse(Api admin) {
    Reply token =
        admin.post(
            "/api/v1/manage/machine-tokens",
            json("{\"name\": \"hooks\", \"scopes\": [\"manage:webhooks\"]}"));
    assertEquals(201, token.status(), token.toString());
    Api hooks = admin.as(token.json().getString("token"));
    assertEquals(200, hooks.get(HOOKS).status());
    assertEquals(403, hooks.get("/api/v1/manage/items").status());
    assertEquals(403, hooks.get("/api/v1/manage/users/me").status());
    Reply reader =
        admin.post(
            "/api/v1/manage/machine-tokens",
            json("{\"name\": \"reader\", \"scopes\": [\"manage:read\"]}"));
    assertEquals(403, admin.as(reader.json().getString("token")).get(HOOKS).status());
  }

  private static JsonObject onlyDelivery(Api admin, String hookId) {
    JsonArray items = admin.get(HOOKS + "/" + hookId + "/deliveries").json().getJsonArray("items");
    assertEquals(1, items.size(), items.toString());
    return items.getJsonObject(0);
  }

  private static JsonObject awaitDelivery(Api admin, String hookId, String state) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      JsonObject delivery = onlyDelivery(admin, hookId);
      if (delivery.getString("state").equals(state)) {
        return delivery;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no delivery became " + state + ": " + delivery);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  @Test
  void changingOrDeletingAWebhookNeedsTheCurrentETagOrAStar(Api admin) {
    String type = createEventType(admin);
    JsonObject created = webhook(admin, "/conditional", type, "content.published");
    String one = HOOKS + "/" + created.getString("id");
    String first = admin.get(one).etag();
    JsonObject disabled =
        Json.createObjectBuilder()
            .add("url", receiver.url("/conditional"))
            .add("events", Json.createArrayBuilder(List.of("content.published")))
            .add("enabled", false)
            .build();

    Reply unconditional = admin.put(one, disabled);
    assertEquals(428, unconditional.status(), unconditional.body());
    assertEquals("urn:ordna:problem:if-match-required", unconditional.json().getString("type"));
    assertTrue(admin.get(one).json().getBoolean("enabled"), "nothing changed");
    assertEquals(first, admin.get(one).etag());

    Reply changed = admin.put(one, disabled, "If-Match", first);
    assertEquals(200, changed.status(), changed.body());
    assertFalse(changed.json().getBoolean("enabled"));
    assertTrue(changed.etag() != null && !changed.etag().equals(first), changed.etag());

    Reply stale = admin.put(one, disabled, "If-Match", first);
    assertEquals(412, stale.status(), stale.body());
    assertEquals("urn:ordna:problem:stale-etag", stale.json().getString("type"));
    assertEquals(changed.etag(), stale.json().getString("currentEtag"));

    Reply any = admin.put(one, disabled, "If-Match", "*");
    assertEquals(200, any.status(), any.body());

    Reply deleteUnconditional = admin.delete(one);
    assertEquals(428, deleteUnconditional.status(), deleteUnconditional.body());
    Reply deleteStale = admin.delete(one, "If-Match", first);
    assertEquals(412, deleteStale.status(), deleteStale.body());
    assertEquals(200, admin.get(one).status(), "still there");
    assertEquals(204, admin.delete(one, "If-Match", "*").status());
    assertEquals(404, admin.get(one).status());

    JsonObject second = webhook(admin, "/conditional-2", type, "content.published");
    String two = HOOKS + "/" + second.getString("id");
    assertEquals(204, admin.delete(two, "If-Match", admin.get(two).etag()).status());
    assertEquals(404, admin.get(two).status());
  }
}
