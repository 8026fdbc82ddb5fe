package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Ports;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, clustered over Payara's data grid on loopback: a publish on one is
 * never followed by a stale read on the other, though the other served the item from its own cache
 * until then (its cache-hit and cache-miss metrics say which reads came from the cache).
 */
class ClusterInvalidationIT {

  private static final String PASSWORD = "cluster-admin-password";

  @Test
  void aPublishOnOneInstanceIsSeenByTheNextReadOnTheOther() throws Exception {
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("cluster");
    int gridA = Ports.free();
    int gridB = Ports.free();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    Map<String, String> common =
        Map.of(
            "CMS_DB_URL", url,
            "CMS_DB_USER", database.user(),
            "CMS_DB_PASSWORD", database.password(),
            "CMS_ADMIN_PASSWORD", PASSWORD,
            "CMS_CLUSTER_MEMBERS", members);
    try (CmsServer a = CmsServer.start("cluster-a", with(common, "CMS_CLUSTER_PORT", gridA, "a"));
        CmsServer b = CmsServer.start("cluster-b", with(common, "CMS_CLUSTER_PORT", gridB, "b"))) {
      assertTrue(b.logText().contains("shared with the cluster"), "B joined the data grid");
      assertOnlyLoopback(a);
      assertOnlyLoopback(b);
      Api onA = new Api(a.base(), null);
      onA = onA.as(onA.login("admin", PASSWORD));
      Api onB = new Api(b.base(), null);

      String type = createEventType(onA);
      Reply created = createItem(onA, type, "nb", json("{\"title\": \"Versjon 0\"}"));
      String id = created.json().getString("id");
      String etag = transition(onA, id, "nb", "publish").etag();
      String path = "/api/v1/content/" + type + "/" + id;
      for (int version = 1; version <= 5; version++) {
        assertEquals(
            "Versjon " + (version - 1),
            onB.get(path).json().getString("title"),
            "B serves what is published");
        long hits = metric(onB, "cms_delivery_cache_hits");
        long misses = metric(onB, "cms_delivery_cache_misses");
        assertEquals(
            "Versjon " + (version - 1),
            onB.get(path).json().getString("title"),
            "and serves it again");
        assertEquals(hits + 1, metric(onB, "cms_delivery_cache_hits"), "from its cache");
        assertEquals(misses, metric(onB, "cms_delivery_cache_misses"), "without computing it");
        Reply saved =
            onA.put(
                "/api/v1/manage/items/" + id + "/variants/nb",
                fields(json("{\"title\": \"Versjon " + version + "\"}")),
                "If-Match",
                etag);
        etag = transition(onA, id, "nb", "publish").etag();
        assertEquals(200, saved.status());

        long missesBefore = metric(onB, "cms_delivery_cache_misses");
        assertEquals(
            "Versjon " + version,
            onB.get(path).json().getString("title"),
            "B's very next read is fresh");
        assertEquals(
            missesBefore + 1,
            metric(onB, "cms_delivery_cache_misses"),
            "the publish on A dropped the answer from B's cache");
      }
      assertEquals(1, onB.get("/api/v1/content/" + type).json().getJsonArray("items").size());
      transition(onA, id, "nb", "unpublish");
      assertEquals(404, onB.get(path).status());
      assertEquals(0, onB.get("/api/v1/content/" + type).json().getJsonArray("items").size());
    }
  }

  /** A metric of the instance's {@code /metrics} (Prometheus text), as a whole number. */
  private static long metric(Api api, String name) {
    Reply reply = api.get("/metrics", "Accept", "text/plain");
    assertEquals(200, reply.status(), reply.body());
    return reply
        .body()
        .lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .map(value -> (long) Double.parseDouble(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in:\n" + reply.body()));
  }

  private static Map<String, String> with(
      Map<String, String> common, String key, int port, String name) {
    Map<String, String> env = new java.util.HashMap<>(common);
    env.put(key, Integer.toString(port));
    env.put("CMS_INSTANCE_NAME", "node-" + name);
    return env;
  }

  /** Every socket the instance listens on is bound to 127.0.0.1. */
  private static void assertOnlyLoopback(CmsServer server) throws Exception {
    var listening = no.ordna.cms.web.it.support.ListeningSockets.of(server.pid());
    assertFalse(listening.isEmpty(), "the instance's listening sockets");
    for (String socket : listening) {
      assertTrue(socket.startsWith("127.0.0.1:"), "not on loopback: " + socket);
    }
  }
}
