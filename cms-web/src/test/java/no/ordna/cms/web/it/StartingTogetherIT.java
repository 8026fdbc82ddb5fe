package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Several instances started at the same moment on one empty database: every one of them starts, and
 * together they leave one schema, one administrator, one set of built-in types and one copy of the
 * demo data. Three instances unless {@code -Dcms.it.together=N} says otherwise.
 */
class StartingTogetherIT {

  private static final String PASSWORD = "together-admin-password";

  @Test
  void instancesStartedTogetherOnAnEmptyDatabaseAllStartAndDoTheFirstStartWorkOnce()
      throws Exception {
    int count = Integer.getInteger("cms.it.together", 3);
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("together");
    Map<String, String> env = new HashMap<>();
    env.put("CMS_DB_URL", url);
    env.put("CMS_DB_USER", database.user());
    env.put("CMS_DB_PASSWORD", database.password());
    env.put("CMS_ADMIN_PASSWORD", PASSWORD);
    env.put("CMS_DEMO_DATA", "true");
    List<CmsServer> servers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      for (int i = 0; i < count; i++) {
        servers.add(CmsServer.launch("together-" + i, env));
      }
      List<Future<?>> ready = new ArrayList<>();
      for (CmsServer server : servers) {
        ready.add(pool.submit(server::awaitReady));
      }
      try {
        for (Future<?> f : ready) {
          f.get(); // an instance whose start failed fails the test here, with its log's tail
        }
      } catch (Exception e) {
        servers.stream().filter(CmsServer::alive).forEach(CmsServer::threadDump);
        throw e;
      }

      try (Connection sql = database.connect(url)) {
        assertEquals(1, count(sql, "select count(*) from app_user"), "one administrator");
        assertEquals(
            count(sql, "select count(distinct version) from flyway_schema_history"),
            count(sql, "select count(*) from flyway_schema_history"),
            "each migration applied once");
        assertEquals(
            count(sql, "select count(distinct kind, type_key) from content_type"),
            count(sql, "select count(*) from content_type"),
            "each built-in type once");
        assertEquals(
            count(sql, "select count(*) from content_type where built_in"),
            count(sql, "select count(*) from content_type_version"),
            "one first version per built-in type");
        long demoItems = count(sql, "select count(*) from content_item");
        assertTrue(demoItems > 10, "the demo data is there");
        for (CmsServer server : servers) {
          Api api = new Api(server.base(), null);
          api = api.as(api.login("admin", PASSWORD));
          assertEquals(
              count(sql, "select count(*) from content_type where kind = 'CONTENT'"),
              api.get("/api/v1/manage/content-types").json().getJsonArray("items").size(),
              "the types through " + server.base());
          assertEquals(
              Math.min(100, demoItems),
              api.get("/api/v1/manage/items?limit=100").json().getJsonArray("items").size(),
              "one copy of the demo items through " + server.base());
        }
        assertEquals(0, count(sql, "select count(*) from cms_lease"), "the lease is given back");
      }
      for (CmsServer server : servers) {
        assertTrue(server.alive(), server.base() + " still runs");
      }
    } finally {
      pool.shutdownNow();
      servers.forEach(CmsServer::close);
    }
  }

  private static long count(Connection sql, String query) throws Exception {
    try (Statement statement = sql.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
