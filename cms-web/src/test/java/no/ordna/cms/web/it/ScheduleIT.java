package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduled publishing and unpublishing on the shared server (short delays, bounded waits). */
@ExtendWith(SharedServer.class)
class ScheduleIT {

  static Reply schedule(Api api, String id, String locale, String publishAt, String unpublishAt) {
    var body = Json.createObjectBuilder().add("action", "schedule");
    if (publishAt != null) {
      body.add("publishAt", publishAt);
    }
    if (unpublishAt != null) {
      body.add("unpublishAt", unpublishAt);
    }
    return Fixtures.act(api, id, locale, body.build());
  }

  static String inSeconds(long seconds, ZoneOffset offset) {
    return OffsetDateTime.now(offset)
        .plusSeconds(seconds)
        .truncatedTo(ChronoUnit.MILLIS)
        .toString();
  }

  static void await(BooleanSupplier condition, Duration limit, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  @Test
  void aScheduledPublishHappensOnTimeAndIsShownInTheAskedZone(Api api) throws Exception {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Publiseres snart\"}"))
            .json()
            .getString("id");
    String path = "/api/v1/content/" + type + "/" + id;

    Reply scheduled = schedule(api, id, "nb", inSeconds(3, ZoneOffset.ofHours(1)), null);

    assertEquals(200, scheduled.status(), scheduled.body());
    JsonObject plan =
        scheduled.json().getJsonObject("variants").getJsonObject("nb").getJsonObject("schedule");
    assertTrue(plan.getString("publishAt").endsWith("Z"), "stored and shown in UTC: " + plan);
    String oslo =
        api.get("/api/v1/manage/items/" + id + "?zone=Europe/Oslo")
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getJsonObject("schedule")
            .getString("publishAt");
    assertTrue(oslo.endsWith("+01:00") || oslo.endsWith("+02:00"), oslo);
    assertEquals(404, api.anonymous().get(path).status());

    await(
        () -> api.anonymous().get(path).status() == 200,
        Duration.ofSeconds(15),
        "published by the scheduler");

    JsonObject nb =
        api.get("/api/v1/manage/items/" + id).json().getJsonObject("variants").getJsonObject("nb");
    assertEquals("published", nb.getString("status"));
    assertTrue(nb.isNull("schedule"));
    assertTrue(
        api.get("/api/v1/manage/audit?item=" + id + "&action=workflow.scheduled_publish")
                .json()
                .getJsonArray("items")
                .size()
            == 1);
  }

  @Test
  void aScheduledUnpublishTakesContentOffline(Api api) throws Exception {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"Midlertidig\"}")).json().getString("id");
    no.ordna.cms.web.it.support.Fixtures.transition(api, id, "nb", "publish");
    String path = "/api/v1/content/" + type + "/" + id;
    assertEquals(200, api.anonymous().get(path).status());

    assertEquals(200, schedule(api, id, "nb", null, inSeconds(3, ZoneOffset.UTC)).status());

    await(
        () -> api.anonymous().get(path).status() == 404,
        Duration.ofSeconds(15),
        "unpublished by the scheduler");
    assertEquals(
        "unpublished",
        api.get("/api/v1/manage/items/" + id)
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getString("status"));
  }

  @Test
  void aCancelledScheduleDoesNotRunAndARescheduleReplacesIt(Api api) throws Exception {
    String type = createEventType(api);
    String id = createItem(api, type, "nb", json("{\"title\": \"Avlyst\"}")).json().getString("id");
    schedule(api, id, "nb", inSeconds(2, ZoneOffset.UTC), null);
    Reply cancelled = Fixtures.act(api, id, "nb", json("{\"action\": \"cancel_schedule\"}"));
    assertEquals(200, cancelled.status(), cancelled.body());
    assertTrue(cancelled.json().getJsonObject("variants").getJsonObject("nb").isNull("schedule"));

    // a later schedule, set after the cancelled one and due after it: once it has run, the
    // scheduler has passed the cancelled one's time
    String later =
        createItem(api, type, "nb", json("{\"title\": \"Planlagt etter\"}")).json().getString("id");
    assertEquals(200, schedule(api, later, "nb", inSeconds(4, ZoneOffset.UTC), null).status());
    await(
        () -> api.anonymous().get("/api/v1/content/" + type + "/" + later).status() == 200,
        Duration.ofSeconds(20),
        "the later schedule ran");
    assertEquals(404, api.anonymous().get("/api/v1/content/" + type + "/" + id).status());
    assertEquals(
        0,
        api.get("/api/v1/manage/audit?item=" + id + "&action=workflow.scheduled_publish")
            .json()
            .getJsonArray("items")
            .size(),
        "the cancelled schedule did not run");

    schedule(api, id, "nb", inSeconds(600, ZoneOffset.UTC), null);
    Reply replaced = schedule(api, id, "nb", inSeconds(1200, ZoneOffset.UTC), null);
    String at =
        replaced
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getJsonObject("schedule")
            .getString("publishAt");
    assertTrue(OffsetDateTime.parse(at).isAfter(OffsetDateTime.now().plusSeconds(1000)), at);
  }

  @Test
  void aScheduleInThePastOrOutOfOrderIsRefused(Api api) {
    String type = createEventType(api);
    String id =
        createItem(api, type, "nb", json("{\"title\": \"For sent\"}")).json().getString("id");

    Reply past = schedule(api, id, "nb", inSeconds(-60, ZoneOffset.UTC), null);
    Reply order =
        schedule(api, id, "nb", inSeconds(120, ZoneOffset.UTC), inSeconds(60, ZoneOffset.UTC));
    Reply noOffset = schedule(api, id, "nb", "2030-01-01T10:00:00", null);
    Reply unpublishOnly = schedule(api, id, "nb", null, inSeconds(60, ZoneOffset.UTC));

    assertEquals(400, past.status());
    assertTrue(past.body().contains("past"), past.body());
    assertEquals(400, order.status());
    assertEquals(400, noOffset.status());
    assertEquals(400, unpublishOnly.status());
  }

  @Test
  void aReviewedTypeCanOnlyBeScheduledOnceApproved(Api api) {
    String id =
        createItem(api, "article", "nb", json("{\"title\": \"Planlagt nyhet\"}"))
            .json()
            .getString("id");

    assertEquals(409, schedule(api, id, "nb", inSeconds(600, ZoneOffset.UTC), null).status());
    assertEquals(200, Fixtures.act(api, id, "nb", json("{\"action\": \"submit\"}")).status());
    assertEquals(200, Fixtures.act(api, id, "nb", json("{\"action\": \"approve\"}")).status());
    assertEquals(200, schedule(api, id, "nb", inSeconds(600, ZoneOffset.UTC), null).status());
  }
}
