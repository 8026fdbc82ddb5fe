package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.Searches;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server's process killed (SIGKILL, no shutdown of any kind) in the middle of its work, then
 * started again on the same database and data directory: what was acknowledged is there, nothing is
 * half-written, and the asset store holds no file without an asset. One server process, killed and
 * restarted: during its first schema migration, and under a stream of saves, publishes and uploads
 * (one of them a large upload whose body is still being sent). The asset store sweep runs here with
 * a minimum age of one second ({@code CMS_ASSETS_SWEEP_MIN_AGE=PT1S}) instead of an hour, so that
 * what the kill left is old enough when the server is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

  private static final String PASSWORD = "crash-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(120);

  /** A server that has passed a crash test, kept for the next test (each starts one if absent). */
  private static CmsServer server;

  private static String databaseUrl;

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void aFirstStartKilledDuringTheSchemaMigrationIsCompletedByTheNextStart() throws Exception {
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("crashmigration");
    CmsServer first = CmsServer.launch("crash-migration", settings(database, url));
    try (Connection sql = database.connect(url)) {
      // kill inside a migration: once a table it makes exists while the history does not list it
      // yet (each of these migrations goes on with further tables and indexes after it)
      long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
      String cutOff;
      while ((cutOff = migrationUnderWay(sql)) == null) {
        assertTrue(first.alive(), "the server runs until it is killed");
        assertTrue(System.nanoTime() < deadline, "a migration was seen under way");
        Thread.sleep(2);
      }
      first.kill();
      long appliedAtKill = historyRows(sql);
      assertEquals(
          cutOff,
          migrationUnderWay(sql),
          "after the kill a migration is half applied: its table is there, its history row not");
      assertTrue(
          tableExists(sql, "cms_schema_setup"),
          "the kill fell inside the first creation of the schema");

      first.restart();

      long applied = count(sql, "select count(*) from flyway_schema_history");
      assertTrue(applied > appliedAtKill, "the next start applied what the kill cut off");
      assertEquals(
          applied,
          count(sql, "select count(*) from flyway_schema_history where success = 1"),
          "every migration succeeded");
      assertEquals(
          applied,
          count(sql, "select count(distinct version) from flyway_schema_history"),
          "each migration once");
      assertFalse(tableExists(sql, "cms_schema_setup"), "the schema's setup is finished");
      // the schema works: the whole flow, from a new type to a published, delivered item
      Api api = signIn(first);
      String type = Fixtures.createEventType(api);
      String id = Fixtures.publishedItem(api, type, "nb", Fixtures.json("{\"title\": \"Heil\"}"));
      Reply delivered = api.anonymous().get("/api/v1/content/" + type + "/" + id + "?locale=nb");
      assertEquals(200, delivered.status(), delivered.body());
      assertEquals("Heil", delivered.json().getJsonObject("fields").getString("title"));
    } catch (Throwable e) {
      first.close();
      throw e;
    }
    if (server == null) {
      server = first;
      databaseUrl = url;
    } else {
      first.close();
    }
  }

  @Test
  @Order(2)
  void savesPublishesAndUploadsAcknowledgedBeforeAKillAreWholeAfterTheRestartAndNoFileIsLeftOver()
      throws Exception {
    TestDatabase database = TestDatabase.get();
    if (server == null) {
      databaseUrl = database.createDatabase("crashwork");
      server = CmsServer.start("crash-work", settings(database, databaseUrl));
    }
    Path assets = Path.of(server.setting("CMS_DATA_DIR")).resolve("assets");
    Api api = signIn(server);
    String type = Fixtures.createEventType(api);
    String word = Searches.marker();

    Queue<Saved> saves = new ConcurrentLinkedQueue<>();
    Queue<Published> publishes = new ConcurrentLinkedQueue<>();
    Queue<Uploaded> uploads = new ConcurrentLinkedQueue<>();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicLong conflicts = new AtomicLong();
    CountDownLatch bigUploadSent = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(7);
    List<Runnable> streams = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int stream = t;
      // saves: one item per stream, saved again and again with the ETag of the last answer
      streams.add(
          () -> {
            Reply created = null;
            while (created == null && !killed.get()) {
              created = create(api, type, "Lagring " + stream, conflicts);
            }
            if (created == null) {
              return;
            }
            String id = created.json().getString("id");
            String etag = created.etag();
            for (int n = 1; !killed.get(); n++) {
              String title = "Lagring " + stream + " nr " + n;
              Reply saved =
                  api.put(
                      "/api/v1/manage/items/" + id + "/variants/nb",
                      Fixtures.fields(Json.createObjectBuilder().add("title", title).build()),
                      "If-Match",
                      etag);
              if (transientConflict(saved)) {
                conflicts.incrementAndGet();
                etag = Fixtures.itemEtag(api, id);
                continue;
              }
              if (saved.status() != 200) {
                throw new AssertionError("save refused before the kill: " + saved);
              }
              etag = saved.etag();
              int revision =
                  saved.json().getJsonObject("variants").getJsonObject("nb").getInt("revision");
              saves.add(new Saved(id, revision, title));
            }
          });
      // publishes: new items, each published at once
      streams.add(
          () -> {
            for (int n = 1; !killed.get(); n++) {
              String title = word + " publisering " + stream + " nr " + n;
              Reply created = create(api, type, title, conflicts);
              if (created == null) {
                continue;
              }
              String id = created.json().getString("id");
              Reply published =
                  Fixtures.act(
                      api, id, "nb", Json.createObjectBuilder().add("action", "publish").build());
              if (transientConflict(published)) {
                conflicts.incrementAndGet();
                continue;
              }
              if (published.status() != 200) {
                throw new AssertionError("publish refused before the kill: " + published);
              }
              publishes.add(new Published(id, title));
            }
          });
      // uploads: small distinct PDFs, one after the other
      streams.add(
          () -> {
            for (int n = 1; !killed.get(); n++) {
              byte[] pdf = TestAssets.pdf("Dokument " + stream + " nr " + n, 1);
              Reply uploaded =
                  TestAssets.upload(api, pdf, "application/pdf", "fileName=d" + n + ".pdf");
              if (transientConflict(uploaded)) {
                conflicts.incrementAndGet();
                continue;
              }
              if (uploaded.status() != 201) {
                throw new AssertionError("upload refused before the kill: " + uploaded);
              }
              uploads.add(new Uploaded(uploaded.json().getString("id"), pdf));
            }
          });
    }
    // a large upload whose body is still being sent when the server dies
    AtomicLong bigSent = new AtomicLong();
    streams.add(
        () ->
            api.sendBinary(
                "POST",
                "/api/v1/manage/assets?fileName=stor.pdf",
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new HalfThenWait(bigSent, bigUploadSent, release)),
                "Content-Type",
                "application/pdf"));
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (Runnable stream : streams) {
      running.add(
          pool.submit(
              () -> {
                try {
                  stream.run();
                } catch (AssertionError | RuntimeException e) {
                  if (!killed.get()) {
                    throw e; // a failure before the kill is the test's failure
                  }
                }
                return null;
              }));
    }
    try {
      // kill once every stream has had answers and the large upload is being received
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (saves.size() < 6
          || publishes.size() < 6
          || uploads.size() < 6
          || bigUploadSent.getCount() > 0
          || !hasFiles(assets.resolve("tmp"))) {
        for (var f : running) {
          if (f.isDone()) {
            f.get(); // a stream that failed before the kill fails the test here
          }
        }
        assertTrue(System.nanoTime() < deadline, "the streams got going");
        Thread.sleep(20);
      }
      killed.set(true);
      server.kill();
    } finally {
      killed.set(true);
      release.countDown();
      pool.shutdown();
    }
    assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "the clients saw the server go");
    for (var f : running) {
      f.get();
    }
    assertTrue(hasFiles(assets.resolve("tmp")), "the kill left the large upload's staging file");
    System.out.printf(
        "Acknowledged before the kill: %d saves, %d publishes, %d uploads (%d refused with 409"
            + " concurrent-update and not counted)%n",
        saves.size(), publishes.size(), uploads.size(), conflicts.get());

    server.restart();

    Api after = signIn(server);
    // every acknowledged save is a revision with its values
    for (Saved saved : saves) {
      Reply revision =
          after.get(
              "/api/v1/manage/items/"
                  + saved.itemId()
                  + "/variants/nb/revisions/"
                  + saved.revision());
      assertEquals(200, revision.status(), "revision of " + saved + ": " + revision);
      assertEquals(
          saved.title(), revision.json().getJsonObject("fields").getString("title"), saved + "");
    }
    // every acknowledged publish is delivered with its values
    for (Published published : publishes) {
      Reply delivered =
          after
              .anonymous()
              .get("/api/v1/content/" + type + "/" + published.itemId() + "?locale=nb");
      assertEquals(200, delivered.status(), published + ": " + delivered);
      assertEquals(published.title(), delivered.json().getJsonObject("fields").getString("title"));
    }
    // every acknowledged upload is there with its bytes
    for (Uploaded uploaded : uploads) {
      Reply asset = after.get("/api/v1/manage/assets/" + uploaded.id());
      assertEquals(200, asset.status(), uploaded.id() + ": " + asset);
      byte[] file =
          after
              .getBytes(
                  "/api/v1/assets/" + uploaded.id() + "/" + asset.json().getString("fileName"))
              .body();
      assertArrayEquals(sha256(uploaded.bytes()), sha256(file), "the bytes of " + uploaded.id());
    }
    try (Connection sql = database.connect(databaseUrl)) {
      // a variant is published with its snapshot of that revision, or not published at all
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from content_variant v where v.published_revision is not null and"
                  + " not exists (select 1 from snapshot s where s.variant_id = v.id and"
                  + " lower(s.channel) = 'published' and s.revision = v.published_revision)"),
          "published variants without their snapshot");
      assertEquals(
          0,
          count(
              sql,
              "select count(*) from snapshot s join content_variant v on v.id = s.variant_id"
                  + " where lower(s.channel) = 'published' and (v.published_revision is null or"
                  + " v.published_revision <> s.revision)"),
          "snapshots of variants that are not published");
      // delivery and search agree with the database, item for item
      Set<String> publishedIds = ids(sql, type, true);
      Set<String> draftIds = ids(sql, type, false);
      publishes.forEach(p -> assertTrue(publishedIds.contains(p.itemId()), p + " published"));
      for (String id : draftIds) {
        assertEquals(
            404,
            after.anonymous().get("/api/v1/content/" + type + "/" + id + "?locale=nb").status(),
            "unpublished " + id + " is not delivered");
      }
      Set<String> wordIds = new HashSet<>();
      for (String id : publishedIds) {
        Reply delivered =
            after.anonymous().get("/api/v1/content/" + type + "/" + id + "?locale=nb");
        assertEquals(200, delivered.status(), id + " " + delivered);
        if (delivered.json().getJsonObject("fields").getString("title").startsWith(word)) {
          wordIds.add(id);
        }
      }
      Reply found =
          Searches.awaitSearch(
              after,
              Searches.q(word) + "&locale=nb&limit=50&type=" + type,
              Searches.total(wordIds.size()),
              WAIT);
      assertEquals(wordIds.size(), found.json().getInt("total"), found.body());

      // the asset store: every asset's file there, no file without an asset, no staging leftover
      Map<String, Long> rows = new HashMap<>();
      try (Statement statement = sql.createStatement();
          ResultSet all = statement.executeQuery("select content_hash, size_bytes from asset")) {
        while (all.next()) {
          rows.put(all.getString(1), all.getLong(2));
        }
      }
      for (var row : rows.entrySet()) {
        Path file =
            assets.resolve("originals/" + row.getKey().substring(0, 2) + "/" + row.getKey());
        assertTrue(Files.isRegularFile(file), "the file of asset bytes " + row.getKey());
        assertEquals(row.getValue(), Files.size(file), "whole file " + row.getKey());
      }
      try (Stream<Path> files = Files.walk(assets.resolve("originals"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertTrue(
              rows.containsKey(file.getFileName().toString()), "an asset holds the file " + file);
        }
      }
      if (Files.isDirectory(assets.resolve("renditions"))) {
        try (Stream<Path> sets = Files.list(assets.resolve("renditions"))) {
          for (Path set : sets.toList()) {
            assertTrue(rows.containsKey(set.getFileName().toString()), "renditions of " + set);
          }
        }
      }
      assertFalse(hasFiles(assets.resolve("tmp")), "staging files are swept at the start");
    }
  }

  private static Map<String, String> settings(TestDatabase database, String url) {
    Map<String, String> env = new HashMap<>();
    env.put("CMS_DB_URL", url);
    env.put("CMS_DB_USER", database.user());
    env.put("CMS_DB_PASSWORD", database.password());
    env.put("CMS_ADMIN_PASSWORD", PASSWORD);
    env.put("CMS_ASSETS_SWEEP_MIN_AGE", "PT1S");
    // a data directory of its own: files of an earlier run must not stand in for this run's
    env.put(
        "CMS_DATA_DIR", CmsServer.workDir().resolve("crash-data-" + UUID.randomUUID()).toString());
    return env;
  }

  /**
   * A 409 {@code concurrent-update}: the database chose this transaction as a deadlock's victim and
   * rolled it back; the client is told to retry. Not an acknowledgement, and nothing is kept of it.
   */
  private static boolean transientConflict(Reply reply) {
    return reply.status() == 409 && reply.body().contains("concurrent-update");
  }

  /** Creates an nb item; null when refused with a transient conflict (counted), else 201. */
  private static Reply create(Api api, String type, String title, AtomicLong conflicts) {
    Reply created =
        api.post(
            "/api/v1/manage/items",
            Json.createObjectBuilder()
                .add("type", type)
                .add("locale", "nb")
                .add("fields", Json.createObjectBuilder().add("title", title))
                .build());
    if (transientConflict(created)) {
      conflicts.incrementAndGet();
      return null;
    }
    if (created.status() != 201) {
      throw new AssertionError("create refused before the kill: " + created);
    }
    return created;
  }

  private static Api signIn(CmsServer server) {
    Api api = new Api(server.base(), null);
    return api.as(api.login("admin", PASSWORD));
  }

  private static Set<String> ids(Connection sql, String type, boolean published)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement statement = sql.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select i.id from content_item i join content_variant v on v.item_id = i.id"
                    + " where i.type_key = '"
                    + type
                    + "' and v.locale = 'nb' and v.published_revision is "
                    + (published ? "not null" : "null"))) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static long count(Connection sql, String query) throws SQLException {
    try (Statement statement = sql.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Tables that migrations make in their middle part, by the migration's version. */
  private static final Map<String, String> MIDWAY_TABLES =
      Map.of("2", "snapshot", "4", "audit_event", "6", "asset", "40", "webhook");

  /**
   * The version of a migration whose table exists while the history does not list it (the migration
   * is being applied), or null.
   */
  private static String migrationUnderWay(Connection sql) throws SQLException {
    Set<String> listed = new HashSet<>();
    if (tableExists(sql, "flyway_schema_history")) {
      try (Statement statement = sql.createStatement();
          ResultSet rows =
              statement.executeQuery("select version from flyway_schema_history where success")) {
        while (rows.next()) {
          listed.add(rows.getString(1));
        }
      }
    }
    for (var midway : MIDWAY_TABLES.entrySet()) {
      if (!listed.contains(midway.getKey()) && tableExists(sql, midway.getValue())) {
        return midway.getKey();
      }
    }
    return null;
  }

  /** Rows in the migration history; none before Flyway has made the table. */
  private static long historyRows(Connection sql) throws SQLException {
    return tableExists(sql, "flyway_schema_history")
        ? count(sql, "select count(*) from flyway_schema_history")
        : 0;
  }

  private static boolean tableExists(Connection sql, String table) throws SQLException {
    try (ResultSet rows =
        sql.getMetaData().getTables(sql.getCatalog(), null, table, new String[] {"TABLE"})) {
      return rows.next();
    }
  }

  private static boolean hasFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isPresent();
    }
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private record Saved(String itemId, int revision, String title) {}

  private record Published(String itemId, String title) {}

  private record Uploaded(String id, byte[] bytes) {}

  /**
   * A request body that sends 2 MiB, says so, and then waits (until the test releases it after the
   * kill) without ending: an upload cut off by the crash.
   */
  private static final class HalfThenWait extends InputStream {
    private static final long HALF = 2L << 20;
    private final AtomicLong sent;
    private final CountDownLatch halfSent;
    private final CountDownLatch release;

    HalfThenWait(AtomicLong sent, CountDownLatch halfSent, CountDownLatch release) {
      this.sent = sent;
      this.halfSent = halfSent;
      this.release = release;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (sent.get() >= HALF) {
        halfSent.countDown();
        try {
          release.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IOException("the test ends the body here");
      }
      int n = (int) Math.min(length, HALF - sent.get());
      if (sent.get() == 0 && n >= 5) {
        System.arraycopy(
            "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, buffer, offset, 5);
        java.util.Arrays.fill(buffer, offset + 5, offset + n, (byte) ' ');
      } else {
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
      }
      sent.addAndGet(n);
      return n;
    }
  }
}
