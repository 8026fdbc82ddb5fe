package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TcpForwarder;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page of the management item list costs the database, counted: one server (its own {@code
 * cms.jar} process) reaches MariaDB through a relay that counts the statements sent through it. A
 * page costs the same few statements whatever its size (the items, then their variants in one
 * batch), not one more for each variant's item.
 */
class ManagementListQueriesIT {

  private static final String ADMIN_PASSWORD = "list-queries-admin-password";

  private static TcpForwarder relay;
  private static CmsServer server;
  private static Api admin;

  @BeforeAll
  static void startAServerBehindACountingRelay() {
    TestDatabase database = TestDatabase.get();
    URI url = URI.create(database.createDatabase("listqueries").substring("jdbc:".length()));
    relay = TcpForwarder.start(url.getHost(), url.getPort());
    server =
        CmsServer.start(
            "list-queries",
            Map.of(
                "CMS_DB_URL",
                "jdbc:mariadb://127.0.0.1:" + relay.port() + url.getPath(),
                "CMS_DB_USER",
                database.user(),
                "CMS_DB_PASSWORD",
                database.password(),
                "CMS_ADMIN_PASSWORD",
                ADMIN_PASSWORD));
    Api anonymous = new Api(server.base(), null);
    admin = anonymous.as(anonymous.login("admin", ADMIN_PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (relay != null) {
      relay.close();
    }
  }

  @Test
  void aPageOfTheItemListCostsTheSameStatementsWhateverItsSize() {
    String type = Fixtures.createEventType(admin);
    for (int i = 0; i < 20; i++) {
      Fixtures.createItem(
          admin, type, "nb", Json.createObjectBuilder().add("title", "Sak " + i).build());
    }
    String list = "/api/v1/manage/items?type=" + type + "&limit=";

    long forTwo = fewestStatements(list + 2, 2);
    long forTwenty = fewestStatements(list + 20, 20);

    System.out.printf(
        "management item list: %d statements for a page of 2 items, %d for a page of 20%n",
        forTwo, forTwenty);
    assertTrue(forTwo > 0, "the relay sees the statements");
    assertEquals(forTwo, forTwenty, "a page of 20 costs what a page of 2 does");
  }

  /**
   * The fewest statements one read of {@code path} cost in five: a background job (schedules, the
   * publication log) may send its own while one of them runs, never during all five.
   */
  private static long fewestStatements(String path, int items) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long before = relay.statements();
      Reply page = admin.get(path);
      long sent = relay.statements() - before;
      assertEquals(200, page.status(), page.toString());
      assertEquals(items, page.json().getJsonArray("items").size(), path);
      fewest = Math.min(fewest, sent);
    }
    return fewest;
  }
}
