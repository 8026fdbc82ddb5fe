package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.ScheduleIT.await;
import static no.ordna.cms.web.it.ScheduleIT.inSeconds;
import static no.ordna.cms.web.it.ScheduleIT.schedule;
import static no.ordna.cms.web.it.support.Fixtures.act;
import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.itemEtag;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static no.ordna.cms.web.it.support.Searches.awaitSearch;
import static no.ordna.cms.web.it.support.Searches.marker;
import static no.ordna.cms.web.it.support.Searches.publishArticle;
import static no.ordna.cms.web.it.support.Searches.q;
import static no.ordna.cms.web.it.support.Searches.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.ListeningSockets;
import no.ordna.cms.web.it.support.Ports;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Failures in a cluster of instances on one database, joined by Payara's data grid on loopback: two
 * instances started together, a third started late, and then one of them killed (as {@code kill
 * -9}) in the middle of publishing. Three instances, started once for the class; the late joiner is
 * checked first, so that the kill leaves two instances whose views can be compared.
 *
 * <p>To kill an instance in the middle of publishing, and not just before or after, the test holds
 * {@code LOCK TABLES publication_log READ} on its own connection: every publish writes the
 * publication log last in its transaction, so publishes (the schedule's and the ones the test
 * sends) wait there with everything else written but not committed. The instance whose connection
 * waits for the scheduled publish is the one that claimed the schedule; that one is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailureIT {

  private static final String PASSWORD = "failure-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int IN_FLIGHT_REPUBLISHES = 8;
  private static final int IN_FLIGHT_FIRST_PUBLISHES = 4;
  private static final Duration SEARCH_CATCH_UP = Duration.ofSeconds(15);

  private static String url;
  private static Map<String, String> common;
  private static int[] grid;
  private static final List<CmsServer> servers = new ArrayList<>();

  @BeforeAll
  static void startTwoInstancesTogether() throws Exception {
    TestDatabase database = TestDatabase.get();
    url = database.createDatabase("failure");
    grid = new int[] {Ports.free(), Ports.free(), Ports.free()};
    common =
        Map.of(
            "CMS_DB_URL",
            // the test holds publication_log locked while a dozen publishes queue behind it: a
            // statement may wait longer than the product's default 8 s socket timeout here
            url + "?socketTimeout=120000",
            "CMS_DB_USER",
            database.user(),
            "CMS_DB_PASSWORD",
            database.password(),
            "CMS_ADMIN_PASSWORD",
            PASSWORD,
            "CMS_CLUSTER_MEMBERS",
            "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1] + ",127.0.0.1:" + grid[2],
            // the dozen publishes must all be under way on one instance at once: a pool whose work
            // limit (the pool less two) admits them all, where the default would park most of them
            "CMS_HTTP_THREADS",
            "16");
    servers.add(CmsServer.launch("failure-a", node(0)));
    servers.add(CmsServer.launch("failure-b", node(1)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> ready = new ArrayList<>();
      for (CmsServer server : servers) {
        ready.add(pool.submit(server::awaitReady));
      }
      for (Future<?> f : ready) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @AfterAll
  static void stopAll() {
    servers.forEach(CmsServer::close);
  }

  @Test
  @Order(1)
  void anInstanceStartedLateServesAndFindsWhatTheOthersDoAndFollowsThem() throws Exception {
    Api onA = admin(servers.get(0));
    Api onB = admin(servers.get(1));
    String m = marker();
    String first = publishArticle(onA, "nb", "{\"title\": \"Først %s\"}".formatted(m));
    String second = publishArticle(onB, "nb", "{\"title\": \"Andre %s\"}".formatted(m));
    String changed = publishArticle(onA, "nb", "{\"title\": \"Tredje %s\"}".formatted(m));
    save(onB, changed, "{\"title\": \"Tredje endret %s\"}".formatted(m));
    publish(onB, changed, "nb");
    String withdrawn = publishArticle(onB, "nb", "{\"title\": \"Trukket %s\"}".formatted(m));
    transition(onA, withdrawn, "nb", "unpublish");
    List<String> items = List.of(first, second, changed, withdrawn);
    Map<String, String> expected = view(servers.get(0).base(), m, items);
    assertAgrees(expected, servers.get(1), m, items, "A and B agree to begin with");
    assertTrue(expected.get("search").contains("Tredje endret"), expected.toString());

    long startedAt = System.nanoTime();
    CmsServer late = CmsServer.start("failure-c", node(2));
    servers.add(late);
    long ready = System.nanoTime();
    assertTrue(late.logText().contains("shared with the cluster"), "C joined the data grid");
    Api onC = new Api(late.base(), null);
    // the search index is built at start-up: once C is ready it answers as the others do
    Reply found = awaitSearch(onC, q(m), total(3), WAIT);
    long searchable = System.nanoTime();
    assertAgrees(expected, late, m, items, "C serves and finds what A and B do");
    figure(
        "late joiner C: ready %d ms after its start, its search equal to the others' %d ms later"
            .formatted(
                TimeUnit.NANOSECONDS.toMillis(ready - startedAt),
                TimeUnit.NANOSECONDS.toMillis(searchable - ready)));
    assertEquals(3, found.json().getInt("total"), found.body());

    // a publish on A afterwards: C's next reads are fresh, though C had the item in its cache
    String path = "/api/v1/content/article/" + first;
    assertEquals("Først " + m, onC.get(path).json().getString("title"));
    save(onA, first, "{\"title\": \"Først igjen %s\"}".formatted(m));
    publish(onA, first, "nb");
    assertEquals("Først igjen " + m, onC.get(path).json().getString("title"), "C's next read");
    String later = publishArticle(onA, "nb", "{\"title\": \"Etter %s\"}".formatted(m));
    assertEquals(200, onC.get("/api/v1/content/article/" + later).status(), "C serves it at once");
    assertEquals(4, awaitSearch(onC, q(m), total(4), WAIT).json().getInt("total"));
    List<String> all = List.of(first, second, changed, withdrawn, later);
    Map<String, String> now = view(servers.get(0).base(), m, all);
    assertAgrees(now, late, m, all, "C still agrees with A");
    assertAgrees(now, servers.get(1), m, all, "and so does B");
  }

  @Test
  @Order(2)
  void anInstanceKilledWhilePublishingLeavesNothingHalfPublishedAndItsClaimedScheduleRunsElsewhere()
      throws Exception {
    Api onA = admin(servers.get(0));
    String type = createEventType(onA);
    List<String> republished = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT_REPUBLISHES; i++) {
      String id =
          createItem(onA, type, "nb", json("{\"title\": \"Versjon 1 nr %d\"}".formatted(i)))
              .json()
              .getString("id");
      transition(onA, id, "nb", "publish");
      save(onA, id, "{\"title\": \"Versjon 2 nr %d\"}".formatted(i));
      republished.add(id);
    }
    List<String> fresh = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT_FIRST_PUBLISHES; i++) {
      fresh.add(
          createItem(onA, type, "nb", json("{\"title\": \"Ny nr %d\"}".formatted(i)))
              .json()
              .getString("id"));
    }
    // every instance has the published first versions (and the absence of the others) cached
    for (CmsServer server : running()) {
      Api reader = new Api(server.base(), null);
      for (int i = 0; i < republished.size(); i++) {
        assertEquals(
            "Versjon 1 nr " + i,
            reader.get(content(type, republished.get(i))).json().getString("title"));
      }
      for (String id : fresh) {
        assertEquals(404, reader.get(content(type, id)).status());
      }
    }
    String scheduled =
        createItem(onA, type, "nb", json("{\"title\": \"Planlagt\"}")).json().getString("id");

    CmsServer victim;
    List<Future<Integer>> inFlight = new ArrayList<>();
    ExecutorService senders = Executors.newFixedThreadPool(republished.size() + fresh.size());
    long killedAt;
    try (Connection lock = TestDatabase.get().connect(url);
        Connection watch = TestDatabase.get().connect(url)) {
      try (Statement statement = lock.createStatement()) {
        statement.execute("LOCK TABLES publication_log READ");
      }
      assertEquals(
          200, schedule(onA, scheduled, "nb", inSeconds(3, ZoneOffset.UTC), null).status());
      // the instance that claimed the schedule is now waiting to write its log entry
      List<Session> claim =
          awaitSessions(
              watch,
              s -> s.info().toLowerCase().startsWith("insert into publication_log"),
              1,
              "the scheduled publish to wait to write the log");
      victim = ownerOf(claim.get(0));
      figure("the schedule was claimed by " + victim.log().getFileName());
      Api onVictim = admin(victim);
      for (String id : republished) {
        inFlight.add(senders.submit(() -> publishStatus(onVictim, id)));
      }
      for (String id : fresh) {
        inFlight.add(senders.submit(() -> publishStatus(onVictim, id)));
      }
      // the claim and every publish sent: begun on the victim, none committed
      List<Session> underWay =
          awaitSessions(
              watch,
              s -> owns(victim, s),
              1 + inFlight.size(),
              "every publish to be under way on the instance to be killed");
      figure(
          "statements under way on the killed instance: "
              + underWay.stream()
                  .map(u -> u.info().substring(0, Math.min(40, u.info().length())))
                  .toList());
      victim.kill();
      killedAt = System.nanoTime();
      assertFalse(victim.alive());
      try (Statement statement = lock.createStatement()) {
        statement.execute("UNLOCK TABLES");
      }
    } finally {
      senders.shutdown();
    }
    for (Future<Integer> sent : inFlight) {
      Integer status = sent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertTrue(status == null || status != 200, "no publish was confirmed: " + status);
    }

    List<CmsServer> survivors = running();
    assertFalse(survivors.isEmpty(), "another instance survives");
    // the schedule the dead instance had claimed is run by another
    for (CmsServer survivor : survivors) {
      Api reader = new Api(survivor.base(), null);
      await(
          () -> reader.get(content(type, scheduled)).status() == 200,
          WAIT,
          "the schedule published on " + survivor.log().getFileName());
    }
    figure(
        "a schedule claimed by the killed instance published on both survivors %d ms after the kill"
            .formatted(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt)));
    assertEquals(1, count("publication_log", scheduled, "action = 'published'"), "published once");
    assertEquals(
        1,
        count("audit_event", scheduled, "action = 'workflow.scheduled_publish'"),
        "run once, as scheduled");

    // nothing half published: what each survivor's management API says is published is exactly
    // what its delivery serves, and that is what was committed before the kill
    for (CmsServer survivor : survivors) {
      Api manage = admin(survivor);
      Api reader = manage.anonymous();
      for (int i = 0; i < republished.size(); i++) {
        String id = republished.get(i);
        JsonObject variant = variant(manage, id);
        assertEquals(1, variant.getJsonObject("published").getInt("revision"), variant.toString());
        assertEquals(2, variant.getInt("revision"), "the saved second version is kept");
        for (int read = 0; read < 2; read++) {
          assertEquals(
              "Versjon 1 nr " + i,
              reader.get(content(type, id)).json().getString("title"),
              "the first version, from " + survivor.log().getFileName() + " (read " + read + ")");
        }
      }
      for (String id : fresh) {
        JsonObject variant = variant(manage, id);
        assertEquals(JsonValue.NULL, variant.get("published"), variant.toString());
        for (int read = 0; read < 2; read++) {
          assertEquals(404, reader.get(content(type, id)).status(), "not published: " + id);
        }
      }
      assertNotNull(variant(manage, scheduled).getJsonObject("published"));
    }

    for (String id : republished) {
      assertEquals(
          1, count("publication_log", id, "action = 'published'"), "published once: " + id);
    }
    for (String id : fresh) {
      assertEquals(0, count("publication_log", id, "1 = 1"), "never published: " + id);
    }

    // the survivors go on together: a publish on one is seen by the other's next read
    assertEquals(2, survivors.size(), "two instances survive (the late joiner started)");
    Api first = admin(survivors.get(0));
    Api second = new Api(survivors.get(1).base(), null);
    String id = republished.get(0);
    long before = System.nanoTime();
    publish(first, id, "nb");
    figure(
        "a publish on a survivor right after the kill answered in %d ms"
            .formatted(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)));
    assertEquals("Versjon 2 nr 0", second.get(content(type, id)).json().getString("title"));
  }

  /** One database session of the test's database, as the server shows it. */
  private record Session(long id, int clientPort, String state, String info) {}

  /**
   * Waits until at least {@code n} sessions of the database that {@code which} accepts have a
   * writing statement under way (waiting for a lock: nothing here takes long otherwise); returns
   * them.
   */
  private static List<Session> awaitSessions(
      Connection watch, Predicate<Session> which, int n, String what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Session> waiting;
    do {
      waiting = new ArrayList<>();
      try (PreparedStatement query =
          watch.prepareStatement(
              "select id, host, state, info from information_schema.processlist"
                  + " where db = ? and command = 'Query' and id <> connection_id()"
                  + " and info is not null and lower(info) not like 'select%'")) {
        query.setString(1, url.substring(url.lastIndexOf('/') + 1));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            String host = rows.getString(2);
            Session session =
                new Session(
                    rows.getLong(1),
                    Integer.parseInt(host.substring(host.lastIndexOf(':') + 1)),
                    rows.getString(3),
                    rows.getString(4));
            if (which.test(session)) {
              waiting.add(session);
            }
          }
        }
      }
      if (waiting.size() >= n) {
        return waiting;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not within " + WAIT + ": " + what + "; waiting: " + waiting);
  }

  private static CmsServer ownerOf(Session session) {
    Optional<CmsServer> owner = running().stream().filter(s -> owns(s, session)).findFirst();
    return owner.orElseThrow(
        () -> new AssertionError("no instance owns the connection of " + session));
  }

  private static boolean owns(CmsServer server, Session session) {
    try {
      return ListeningSockets.ownsLocalPort(server.pid(), session.clientPort());
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Publishes through the instance; the answer's status, or null when no answer came. */
  private static Integer publishStatus(Api api, String id) {
    try {
      return act(api, id, "nb", Json.createObjectBuilder().add("action", "publish").build())
          .status();
    } catch (Throwable noAnswer) {
      return null;
    }
  }

  /**
   * What an instance serves and finds for the test's articles: each one's delivery (status and
   * title), the search hits for the marker and the article list (in its order), as text.
   */
  private static Map<String, String> view(java.net.URI base, String m, List<String> items) {
    Api reader = new Api(base, null);
    Map<String, String> view = new LinkedHashMap<>();
    for (String id : items) {
      Reply reply = reader.get("/api/v1/content/article/" + id);
      view.put(id, reply.status() == 200 ? reply.json().getString("title") : "" + reply.status());
    }
    Reply search = reader.get("/api/v1/search?" + q(m));
    assertEquals(200, search.status(), search.body());
    // the hits as a set, with the total: the order of hits of (nearly) equal relevance depends on
    // each instance's own index (the order documents went in, statistics of replaced ones)
    view.put(
        "search",
        search.json().getInt("total")
            + ": "
            + Arrays.stream(summary(search.json()).split(";")).sorted().toList());
    Reply list = reader.get("/api/v1/content/article?limit=50");
    assertEquals(200, list.status(), list.body());
    view.put("list", summary(list.json()));
    return view;
  }

  /**
   * The instance serves and finds what {@code expected} says, at once for delivery and within a
   * bound for search (each instance updates its search index in the background after a change).
   */
  private static void assertAgrees(
      Map<String, String> expected, CmsServer server, String m, List<String> items, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + SEARCH_CATCH_UP.toNanos();
    Map<String, String> seen = view(server.base(), m, items);
    Map<String, String> delivery = new LinkedHashMap<>(seen);
    delivery.remove("search");
    Map<String, String> expectedDelivery = new LinkedHashMap<>(expected);
    expectedDelivery.remove("search");
    assertEquals(expectedDelivery, delivery, what + ": delivery");
    while (!seen.equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      seen = view(server.base(), m, items);
    }
    assertEquals(expected, seen, what + ": search within " + SEARCH_CATCH_UP);
  }

  private static String summary(JsonObject answer) {
    StringBuilder text = new StringBuilder();
    for (JsonObject item : answer.getJsonArray("items").getValuesAs(JsonObject.class)) {
      text.append(item.getString("id")).append('=').append(item.getString("title", "")).append(';');
    }
    return text.toString();
  }

  private static void save(Api api, String id, String fieldsJson) {
    Reply saved =
        api.put(
            "/api/v1/manage/items/" + id + "/variants/nb",
            fields(json(fieldsJson)),
            "If-Match",
            itemEtag(api, id));
    assertEquals(200, saved.status(), saved.body());
  }

  private static JsonObject variant(Api api, String id) {
    Reply item = api.get("/api/v1/manage/items/" + id);
    assertEquals(200, item.status(), item.body());
    return item.json().getJsonObject("variants").getJsonObject("nb");
  }

  private static String content(String type, String id) {
    return "/api/v1/content/" + type + "/" + id;
  }

  private static long count(String table, String itemId, String condition) throws Exception {
    try (Connection connection = TestDatabase.get().connect(url);
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from " + table + " where item_id = ? and " + condition)) {
      query.setString(1, itemId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static List<CmsServer> running() {
    return servers.stream().filter(CmsServer::alive).toList();
  }

  private static Api admin(CmsServer server) {
    Api api = new Api(server.base(), null);
    return api.as(api.login("admin", PASSWORD));
  }

  private static Map<String, String> node(int n) {
    Map<String, String> env = new HashMap<>(common);
    env.put("CMS_CLUSTER_PORT", Integer.toString(grid[n]));
    env.put("CMS_CLUSTER_INTERFACE", "127.0.0.1");
    env.put("CMS_INSTANCE_NAME", "node-" + (char) ('a' + n));
    return env;
  }

  /** A measured figure, printed for the README (never asserted). */
  private static void figure(String text) {
    System.out.println("[ClusterFailureIT] " + text);
  }
}
