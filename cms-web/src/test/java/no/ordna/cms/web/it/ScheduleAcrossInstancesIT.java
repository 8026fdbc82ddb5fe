package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.ScheduleIT.await;
import static no.ordna.cms.web.it.ScheduleIT.inSeconds;
import static no.ordna.cms.web.it.ScheduleIT.schedule;
import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Schedules live in the database: with two instances on one database a schedule runs exactly once,
 * and a schedule that fell due while no instance ran is run when one starts.
 */
class ScheduleAcrossInstancesIT {

  private static final String PASSWORD = "schedule-admin-password";

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
    java.time.Instant missedAt;
    try (CmsServer a = CmsServer.start("schedule-a", env);
        CmsServer b = CmsServer.start("schedule-b", env)) {
      Api onA = new Api(a.base(), null);
      onA = onA.as(onA.login("admin", PASSWORD));
      type = createEventType(onA);
      String once =
          createItem(onA, type, "nb", json("{\"title\": \"Én gang\"}")).json().getString("id");
      missed =
          createItem(onA, type, "nb", json("{\"title\": \"Gikk tapt\"}")).json().getString("id");
      assertEquals(200, schedule(onA, once, "nb", inSeconds(4, ZoneOffset.UTC), null).status());
      missedAt = java.time.Instant.now().plusSeconds(20);
      assertEquals(200, schedule(onA, missed, "nb", inSeconds(20, ZoneOffset.UTC), null).status());
      Api onB = new Api(b.base(), null);
      String path = "/api/v1/content/" + type + "/" + once;
      await(() -> onB.get(path).status() == 200, Duration.ofSeconds(20), "published on B");
      Thread.sleep(3000);

      assertEquals(
          1,
          count(
              url,
              "select count(*) from publication_log where item_id = ? and action = 'published'",
              once));
      assertEquals(
          1,
          count(
              url,
              "select count(*) from audit_event where item_id = ? and action = 'workflow.scheduled_publish'",
              once));
    }
    long untilDue = Duration.between(java.time.Instant.now(), missedAt).toMillis() + 2000;
    Thread.sleep(Math.max(0, untilDue));
    try (CmsServer again = CmsServer.start("schedule-again", env)) {
      String path = "/api/v1/content/" + type + "/" + missed;
      Api anonymous = new Api(again.base(), null);
      await(
          () -> anonymous.get(path).status() == 200,
          Duration.ofSeconds(10),
          "the missed schedule ran at start-up");
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
