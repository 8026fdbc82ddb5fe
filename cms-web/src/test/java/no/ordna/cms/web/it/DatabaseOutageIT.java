package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TcpForwarder;
import no.ordna.cms.web.it.support.TestDatabase;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while clients keep calling: one server (its own {@code cms.jar} process)
 * reaches MariaDB through a relay that can refuse connections ({@link TcpForwarder#cut()}) or
 * swallow them ({@link TcpForwarder#blackHole()}, a host that stopped answering). During the
 * outage, several threads of mixed reads and writes get either the cached published answer (200,
 * the same bytes) or a 503 problem with {@code Retry-After} — never a 500, never a request left
 * hanging (the client gives up after {@link #HANG}: that counts as a hang and fails the test). Once
 * the database is back, a write and an uncached read succeed within the 5 s (plus a small
 * margin for the polling itself), without a restart. Durations are printed, not asserted: the
 * README's figures come from these lines.
 */
class DatabaseOutageIT {

  private static final String ADMIN_PASSWORD = "outage-admin-password";

  /** A request not answered in this time is a hang (the product's bound is 10 s of waiting). */
  private static final Duration HANG = Duration.ofSeconds(25);

  /** The recovery time, and a small margin for the polling and the HTTP round trips. */
  private static final Duration RECOVERY = Duration.ofSeconds(5);

  private static final Duration RECOVERY_MARGIN = Duration.ofSeconds(1);

  private static final int THREADS = 4;
  private static final int REQUESTS_PER_THREAD = 6;

  /** The server's HTTP worker pool; the work limit lets all but two wait on the database. */
  private static final int POOL = 6;

  private static final int ADMITTED = POOL - 2;

  /** What a request that needs no database must be answered within, however busy the rest is. */
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  private static String jdbcUrl;
  private static TcpForwarder relay;
  private static CmsServer server;
  private static Api admin;
  private static String type;
  private static String cachedPath;

  @BeforeAll
  static void startAServerBehindARelay() {
    TestDatabase database = TestDatabase.get();
    jdbcUrl = database.createDatabase("outage");
    URI url = URI.create(jdbcUrl.substring("jdbc:".length()));
    relay = TcpForwarder.start(url.getHost(), url.getPort());
    server =
        CmsServer.start(
            "outage",
            Map.of(
                "CMS_DB_URL",
                "jdbc:mariadb://127.0.0.1:" + relay.port() + url.getPath(),
                "CMS_DB_USER",
                database.user(),
                "CMS_DB_PASSWORD",
                database.password(),
                "CMS_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                // a small pool, as on a small machine: the work limit admits 4 at once
                "CMS_HTTP_THREADS",
                Integer.toString(POOL)));
    Api anonymous = new Api(server.base(), null);
    admin = anonymous.as(anonymous.login("admin", ADMIN_PASSWORD));
    type = Fixtures.createEventType(admin);
    String id =
        Fixtures.publishedItem(
            admin, type, "nb", Json.createObjectBuilder().add("title", "Alltid her").build());
    cachedPath = "/api/v1/content/" + type + "/" + id + "?locale=nb";
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
  void aDatabaseThatStopsAnsweringCosts503sWithRetryAfterNotHangsAndServiceReturnsByItself()
      throws Exception {
    outageUnderLoad("black hole", relay::blackHole);
  }

  @Test
  void aDatabaseThatRefusesConnectionsCosts503sWithRetryAfterAndServiceReturnsByItself()
      throws Exception {
    outageUnderLoad("refused", relay::cut);
  }

  @Test
  void writesHeldOnALockBeyondThePoolSizeNeitherStarveCachedReadsNorFailAndFinishOnceItIsReleased()
      throws Exception {
    Api anonymous = admin.anonymous();
    Reply cached = anonymous.get(cachedPath);
    assertEquals(200, cached.status(), cached.body());
    int writes = POOL + 4;
    ExecutorService senders = Executors.newFixedThreadPool(writes);
    List<Future<Reply>> sent = new ArrayList<>();
    try (Connection lock = TestDatabase.get().connect(jdbcUrl);
        Connection watch = TestDatabase.get().connect(jdbcUrl)) {
      try (Statement statement = lock.createStatement()) {
        // reads of content_item go on; every new item waits to be written
        statement.execute("LOCK TABLES content_item READ");
      }
      try {
        for (int i = 0; i < writes; i++) {
          int n = 1000 + i;
          sent.add(senders.submit(() -> admin.post("/api/v1/manage/items", newItem(n))));
        }
        assertEquals(ADMITTED, awaitItemWrites(watch, ADMITTED), "as many as admitted run");

        // more requests wait on the database than the pool has threads; what needs no database
        // is still answered, promptly
        for (int i = 0; i < 3; i++) {
          Reply read = promptly(() -> anonymous.get(cachedPath), "a cached read");
          assertEquals(200, read.status(), read.toString());
          assertEquals(cached.body(), read.body());
          assertEquals(200, promptly(() -> anonymous.get("/health/live"), "liveness").status());
          assertEquals(200, promptly(() -> anonymous.get("/admin/"), "the editorial app").status());
        }
        assertEquals(
            ADMITTED,
            itemWrites(watch),
            "the parked writes hold no database session: no more than the limit run");
        assertEquals(
            0, sent.stream().filter(Future::isDone).count(), "every write still waits: " + sent);
      } finally {
        try (Statement statement = lock.createStatement()) {
          statement.execute("UNLOCK TABLES");
        }
      }
    } finally {
      senders.shutdown();
    }
    for (Future<Reply> write : sent) {
      Reply reply = write.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
      assertEquals(201, reply.status(), "parked or not, every write is done: " + reply);
    }
  }

  /** Sends a request that must be answered within {@link #PROMPTLY}. */
  private static Reply promptly(java.util.function.Supplier<Reply> request, String what) {
    java.util.concurrent.CompletableFuture<Reply> answer =
        java.util.concurrent.CompletableFuture.supplyAsync(request);
    try {
      return answer.get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what + " was not answered within " + PROMPTLY);
    } catch (Exception e) {
      throw new AssertionError(what + " failed: " + e, e);
    }
  }

  /** Waits (up to {@link #HANG}) until at least {@code n} writing statements are under way. */
  private static int awaitItemWrites(Connection watch, int n) throws Exception {
    long deadline = System.nanoTime() + HANG.toNanos();
    int found;
    while ((found = itemWrites(watch)) < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not " + n + " writes under way within " + HANG + ": " + found);
      }
      Thread.sleep(100);
    }
    return found;
  }

  /** The test database's sessions writing a new item (none takes long unless it is locked). */
  private static int itemWrites(Connection watch) throws SQLException {
    try (PreparedStatement query =
        watch.prepareStatement(
            "select count(*) from information_schema.processlist"
                + " where db = ? and command = 'Query' and id <> connection_id()"
                + " and lower(info) like 'insert into content_item%'")) {
      query.setString(1, jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private void outageUnderLoad(String kind, Runnable takeTheDatabaseAway) throws Exception {
    Api anonymous = admin.anonymous();
    Reply cached = anonymous.get(cachedPath);
    assertEquals(200, cached.status(), cached.body());
    assertEquals(200, anonymous.get(cachedPath).status(), "read twice: served from the cache");

    takeTheDatabaseAway.run();
    List<Outcome> outcomes;
    try {
      outcomes = mixedLoad(cached);
      Reply ready = anonymous.get("/health/ready");
      assertEquals(503, ready.status(), "not ready without the database: " + ready.body());
      assertEquals(200, anonymous.get("/health/live").status(), "still live");
    } finally {
      relay.open();
    }
    long back = System.nanoTime();
    Duration writeBack = untilSuccess(back, this::aWrite, "a write");
    Duration readBack = untilSuccess(back, this::anUncachedRead, "an uncached read");

    long slowest = outcomes.stream().mapToLong(Outcome::millis).max().orElse(0);
    long answered503 = outcomes.stream().filter(o -> o.status == 503).count();
    System.out.printf(
        "DatabaseOutageIT %s: %d requests during the outage from %d threads, %d cached 200, %d"
            + " 503; slowest answer %d ms; after the database returned: a write succeeded after"
            + " %d ms, an uncached read after %d ms%n",
        kind,
        outcomes.size(),
        THREADS,
        outcomes.size() - answered503,
        answered503,
        slowest,
        writeBack.toMillis(),
        readBack.toMillis());
    assertTrue(answered503 > 0, "the outage was felt: " + outcomes);
  }

  /**
   * Passwords sent while the database is away cannot be checked: neither sign-ins nor changes of
   * one's own password count as failed guesses, so more of them than the throttle allows leave the
   * user free to sign in and to change the password once the database is back.
   */
  @Test
  void passwordsSentDuringAnOutageAreNotCountedAsFailedGuesses() throws Exception {
    String username = Fixtures.uniqueKey("outage");
    Reply created =
        admin.post(
            "/api/v1/manage/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", Users.PASSWORD)
                .add("roles", Json.createArrayBuilder().add("editor"))
                .build());
    assertEquals(201, created.status(), created.toString());
    Api user = admin.as(admin.login(username, Users.PASSWORD));
    Api anonymous = admin.anonymous();
    JsonObject signIn =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Users.PASSWORD)
            .build();
    JsonObject change =
        Json.createObjectBuilder()
            .add("currentPassword", Users.PASSWORD)
            .add("newPassword", "a-new-long-password")
            .build();

    relay.cut();
    try {
      // the throttle allows 5 failures of one name from one address in its window
      for (int i = 0; i < 8; i++) {
        assertUnavailable(
            "sign-in", send(() -> anonymous.post("/api/v1/auth/token", signIn), "a sign-in"));
        assertUnavailable(
            "password change",
            send(() -> user.put("/api/v1/manage/users/me/password", change), "a change"));
      }
    } finally {
      relay.open();
    }
    untilSuccess(System.nanoTime(), this::aWrite, "a write");

    Reply signedIn = anonymous.post("/api/v1/auth/token", signIn);
    assertEquals(200, signedIn.status(), "not locked out after the outage: " + signedIn);
    Reply changed = user.put("/api/v1/manage/users/me/password", change);
    assertEquals(204, changed.status(), "the password change is checked, not refused: " + changed);
  }

  /** A request during the outage and how it was answered. */
  private record Outcome(String what, int status, long millis) {}

  /**
   * Several threads, each sending a mix of cached published reads, uncached reads, sign-ins and
   * writes; every answer is checked as it comes.
   */
  private List<Outcome> mixedLoad(Reply cached) throws Exception {
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    int n = counter.incrementAndGet();
                    outcomes.add(oneRequest(n, cached));
                  }
                  return null;
                }));
      }
      for (Future<?> thread : running) {
        thread.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return List.copyOf(outcomes);
  }

  private Outcome oneRequest(int n, Reply cached) {
    Api anonymous = admin.anonymous();
    long start = System.nanoTime();
    String what;
    Reply reply;
    switch (n % 4) {
      case 0 -> {
        what = "cached read";
        reply = send(() -> anonymous.get(cachedPath), what);
        assertEquals(200, reply.status(), "cached published content is still served: " + reply);
        assertEquals(cached.body(), reply.body());
        assertEquals(cached.etag(), reply.etag());
      }
      case 1 -> {
        what = "uncached read";
        // a page size no one asked for before: not in the cache, needs the database
        reply = send(() -> anonymous.get(uncachedList()), what);
      }
      case 2 -> {
        what = "write";
        reply = send(() -> admin.post("/api/v1/manage/items", newItem(n)), what);
      }
      default -> {
        what = "sign-in";
        reply =
            send(
                () ->
                    anonymous.post(
                        "/api/v1/auth/token",
                        Json.createObjectBuilder()
                            .add("username", "admin")
                            .add("password", ADMIN_PASSWORD)
                            .build()),
                what);
      }
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    if (reply.status() != 200) {
      assertUnavailable(what, reply);
    }
    return new Outcome(what, reply.status(), millis);
  }

  /** A 503 problem saying the database is unavailable, with Retry-After, and no internals. */
  private static void assertUnavailable(String what, Reply reply) {
    assertEquals(503, reply.status(), what + " during the outage: " + reply);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
    assertEquals("urn:ordna:problem:database-unavailable", reply.json().getString("type"));
    assertTrue(Integer.parseInt(reply.header("Retry-After")) > 0, reply.toString());
    assertTrue(
        !reply.body().contains("Exception") && !reply.body().contains("at no.ordna"), reply.body());
  }

  /** Sends with the test's own hang limit: an answer that does not come in time fails the test. */
  private static Reply send(java.util.function.Supplier<Reply> request, String what) {
    java.util.concurrent.CompletableFuture<Reply> answer =
        java.util.concurrent.CompletableFuture.supplyAsync(request);
    try {
      return answer.get(HANG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what + " hung: no answer within " + HANG);
    } catch (Exception e) {
      throw new AssertionError(what + " failed: " + e, e);
    }
  }

  /** Page sizes not asked for yet: each list read below misses the cache. */
  private static final AtomicInteger UNASKED_LIMIT = new AtomicInteger(1);

  private static String uncachedList() {
    int limit = UNASKED_LIMIT.getAndIncrement();
    if (limit > 100) {
      throw new IllegalStateException("no page size left that was not asked for");
    }
    return "/api/v1/content/" + type + "?locale=nb&limit=" + limit;
  }

  private static JsonObject newItem(int n) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("locale", "nb")
        .add("fields", Json.createObjectBuilder().add("title", "Skrevet " + n))
        .build();
  }

  private boolean aWrite() {
    return admin.post("/api/v1/manage/items", newItem(-1)).status() == 201;
  }

  private boolean anUncachedRead() {
    return admin.anonymous().get(uncachedList()).status() == 200;
  }

  /**
   * Polls until {@code attempt} succeeds; fails if that takes longer than the recovery time
   * (plus the margin) after the database came back at {@code back}. Answers how long it took.
   */
  private static Duration untilSuccess(
      long back, java.util.function.BooleanSupplier attempt, String what) throws Exception {
    long deadline = back + RECOVERY.plus(RECOVERY_MARGIN).toNanos();
    while (true) {
      if (attempt.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - back);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what + " did not succeed within " + RECOVERY + " of the database's return");
      }
      Thread.sleep(200);
    }
  }
}
