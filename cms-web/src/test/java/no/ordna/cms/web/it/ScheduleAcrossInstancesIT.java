package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.ScheduleIT.await;
import static no.ordna.cms.web.it.ScheduleIT.inSeconds;
import static no.ordna.cms.web.it.ScheduleIT.schedule;
import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Schedules live in the database: with two instances on one database a schedule runs exactly once,
 * and a schedule that fell due while no instance ran is run by the start-up run of the next
 * instance (told apart from its periodic runs by the log lines around the start-up run).
 */
class ScheduleAcrossInstancesIT {

  private static final String PASSWORD = "schedule-admin-password";

  private static final String PUBLISHED =
      "select count(*) from publication_log where item_id = ? and action = 'published'";

  @Test
  void aScheduleRunsOnceWithTwoInstancesAndAMissedOneRunsAtStartUp() throws Exception {
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("schedule");
    Map<String, String> env =
        Map.of(
            "CMS_DB_URL",
            url,
            "CMS_DB_USER",
            database.user(),
            "CMS_DB_PASSWORD",
            database.password(),
            "CMS_ADMIN_PASSWORD",
            PASSWORD);
    String type;
    String missed;
    Instant missedAt;
    try (CmsServer a = CmsServer.start("schedule-a", env);
        CmsServer b = CmsServer.start("schedule-b", env)) {
      Api onA = new Api(a.base(), null);
      onA = onA.as(onA.login("admin", PASSWORD));
      type = createEventType(onA);
      String once =
          createItem(onA, type, "nb", json("{\"title\": \"Én gang\"}")).json().getString("id");
      String later =
          createItem(onA, type, "nb", json("{\"title\": \"Senere\"}")).json().getString("id");
      missed =
          createItem(onA, type, "nb", json("{\"title\": \"Gikk tapt\"}")).json().getString("id");
      assertEquals(200, schedule(onA, once, "nb", inSeconds(4, ZoneOffset.UTC), null).status());
      // due three periodic runs (2 s apart) after the first: once it has run, both instances
      // have had their chance to run the first a second time
      assertEquals(200, schedule(onA, later, "nb", inSeconds(10, ZoneOffset.UTC), null).status());
      Api onB = new Api(b.base(), null);
      String path = "/api/v1/content/" + type + "/" + once;
      await(() -> onB.get(path).status() == 200, Duration.ofSeconds(20), "published on B");
      String laterPath = "/api/v1/content/" + type + "/" + later;
      await(
          () -> onB.get(laterPath).status() == 200,
          Duration.ofSeconds(30),
          "the later schedule ran");

      assertEquals(1, count(url, PUBLISHED, once));
      assertEquals(
          1,
          count(
              url,
              "select count(*) from audit_event where item_id = ? and action = 'workflow.scheduled_publish'",
              once));

      // due after both instances have stopped
      missedAt = Instant.now().plusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      assertEquals(
          200,
          schedule(onA, missed, "nb", missedAt.atOffset(ZoneOffset.UTC).toString(), null).status());
    }
    assertTrue(Instant.now().isBefore(missedAt), "the instances stopped before it fell due");
    assertEquals(0, count(url, PUBLISHED, missed), "not run while the instances ran");
    long untilDue = Duration.between(Instant.now(), missedAt).toMillis() + 1000;
    Thread.sleep(Math.max(0, untilDue));
    assertEquals(0, count(url, PUBLISHED, missed), "nothing ran it meanwhile");

    try (CmsServer again = CmsServer.start("schedule-again", env)) {
      String path = "/api/v1/content/" + type + "/" + missed;
      Api anonymous = new Api(again.base(), null);
      await(
          () -> anonymous.get(path).status() == 200,
          Duration.ofSeconds(10),
          "the missed schedule ran");
      String log = again.logText();
      int begun = log.indexOf("Start-up run of schedules that fell due while none ran: begun");
      int ran = log.indexOf("Published " + missed + " [nb] as scheduled");
      int done = log.indexOf("Start-up run of schedules that fell due while none ran: done");
      assertTrue(
          begun >= 0 && begun < ran && ran < done,
          "run by the start-up run, not a later periodic one: begun at "
              + begun
              + ", published at "
              + ran
              + ", done at "
              + done);
      assertEquals(1, count(url, PUBLISHED, missed));
    }
  }

  private static long count(String url, String sql, String itemId) throws Exception {
    try (Connection connection = TestDatabase.get().connect(url);
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, itemId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
