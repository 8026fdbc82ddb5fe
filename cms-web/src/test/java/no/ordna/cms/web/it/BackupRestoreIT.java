package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.Searches;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore exactly as the README's "Backup and restore" says: content with an asset and
 * published variants in several locales on one instance, backed up with the documented commands
 * (the real {@code mariadb-dump}, {@code mariadb} and {@code tar}), restored into a fresh database
 * and a fresh data directory, and served by a fresh instance with the same delivery answers byte
 * for byte (bodies and ETags): items, lists, the asset's bytes and a rendition, and search.
 */
class BackupRestoreIT {

  private static final String ADMIN_PASSWORD = "backup-admin-password";

  @Test
  void aMariaDbBackupMadeWithTheDocumentedCommandsRestoresToTheSameDeliveryAnswers()
      throws Exception {
    TestDatabase database = TestDatabase.get();
    String originalUrl = database.createDatabase("backup");
    String restoredUrl = database.createDatabase("restored");
    Path work = CmsServer.workDir().resolve("backup-" + System.nanoTime());
    Files.createDirectories(work);
    Path dataDir = work.resolve("data");
    Path restoredDataDir = work.resolve("restored-data");

    Map<String, Answer> before;
    List<String> paths;
    try (CmsServer original = CmsServer.start("backup", settings(database, originalUrl, dataDir))) {
      paths = content(original);
      before = answers(original, paths);

      // the documented backup, on the live server: the dump first, then the asset directory
      Path credentials = clientOptions(work, database);
      URI db = URI.create(originalUrl.substring("jdbc:".length()));
      run(
          work,
          work.resolve("cms.sql"),
          "mariadb-dump",
          "--defaults-extra-file=" + credentials,
          "--host=" + db.getHost(),
          "--port=" + db.getPort(),
          "--single-transaction",
          "--routines",
          "--triggers",
          db.getPath().substring(1));
      run(work, null, "tar", "-C", dataDir.toString(), "-czf", "assets.tar.gz", "assets");
    }

    // the documented restore: the dump into a new empty database, the assets into a new data dir
    Path credentials = clientOptions(work, database);
    URI db = URI.create(restoredUrl.substring("jdbc:".length()));
    runWithInput(
        work,
        work.resolve("cms.sql"),
        "mariadb",
        "--defaults-extra-file=" + credentials,
        "--host=" + db.getHost(),
        "--port=" + db.getPort(),
        db.getPath().substring(1));
    Files.createDirectories(restoredDataDir);
    run(work, null, "tar", "-C", restoredDataDir.toString(), "-xzf", "assets.tar.gz");

    try (CmsServer restored =
        CmsServer.start("restored", settings(database, restoredUrl, restoredDataDir))) {
      assertSameAnswers(before, answers(restored, paths));
      assertTheAuditTrailIsStillAppendOnly(database, restoredUrl);
      System.out.printf(
          "BackupRestoreIT MariaDB: %d delivery answers the same byte for byte after restore"
              + " (dump %d bytes)%n",
          paths.size(), Files.size(work.resolve("cms.sql")));
    }
  }

  @Test
  void anEmbeddedDatabaseBackupMadeWithTheDocumentedCommandsRestoresToTheSameDeliveryAnswers()
      throws Exception {
    Path work = CmsServer.workDir().resolve("embedded-backup-" + System.nanoTime());
    Files.createDirectories(work);
    Path dataDir = work.resolve("data");
    Path restoredDataDir = work.resolve("restored-data");
    Map<String, String> settings =
        Map.of("CMS_ADMIN_PASSWORD", ADMIN_PASSWORD, "CMS_DATA_DIR", dataDir.toString());
    Map<String, Answer> before;
    List<String> paths;
    try (CmsServer original = CmsServer.start("embedded-backup", settings)) {
      paths = content(original);
      before = answers(original, paths);
      // the documented backup: stop the server, then archive the whole data directory
      original.stop();
      assertTrue(!original.alive(), "stopped before the copy");
      run(work, null, "tar", "-C", dataDir.toString(), "-czf", "cms-data.tar.gz", ".");
    }
    Files.createDirectories(restoredDataDir);
    run(work, null, "tar", "-C", restoredDataDir.toString(), "-xzf", "cms-data.tar.gz");
    try (CmsServer restored =
        CmsServer.start(
            "embedded-restored",
            Map.of(
                "CMS_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "CMS_DATA_DIR",
                restoredDataDir.toString()))) {
      assertSameAnswers(before, answers(restored, paths));
      System.out.printf(
          "BackupRestoreIT embedded: %d delivery answers the same byte for byte after restore"
              + " (archive %d bytes)%n",
          paths.size(), Files.size(work.resolve("cms-data.tar.gz")));
    }
  }

  /** The restored database kept the triggers that refuse changing or removing audit rows. */
  private static void assertTheAuditTrailIsStillAppendOnly(TestDatabase database, String url)
      throws Exception {
    try (java.sql.Connection connection = database.connect(url);
        java.sql.Statement statement = connection.createStatement()) {
      try (java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
        rows.next();
        assertTrue(rows.getLong(1) > 0, "the restored audit trail has entries");
      }
      java.sql.SQLException refused =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.sql.SQLException.class,
              () -> statement.executeUpdate("DELETE FROM audit_event"),
              "the restored database refuses to delete audit rows");
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
  }

  private static void assertSameAnswers(Map<String, Answer> before, Map<String, Answer> after) {
    for (Map.Entry<String, Answer> entry : before.entrySet()) {
      String path = entry.getKey();
      Answer expected = entry.getValue();
      Answer actual = after.get(path);
      assertEquals(200, expected.status, path + " on the original instance");
      assertEquals(200, actual.status, path + " on the restored instance");
      assertEquals(expected.etag, actual.etag, "ETag of " + path);
      assertArrayEquals(
          expected.body,
          actual.body,
          "body of "
              + path
              + ": "
              + new String(expected.body, StandardCharsets.UTF_8)
              + " / "
              + new String(actual.body, StandardCharsets.UTF_8));
    }
  }

  private static Map<String, String> settings(TestDatabase database, String url, Path dataDir) {
    return Map.of(
        "CMS_DB_URL",
        url,
        "CMS_DB_USER",
        database.user(),
        "CMS_DB_PASSWORD",
        database.password(),
        "CMS_ADMIN_PASSWORD",
        ADMIN_PASSWORD,
        "CMS_DATA_DIR",
        dataDir.toString());
  }

  /** Content in several locales with an asset, published; answers the delivery paths to compare. */
  private static List<String> content(CmsServer server) {
    Api anonymous = new Api(server.base(), null);
    Api admin = anonymous.as(anonymous.login("admin", ADMIN_PASSWORD));
    String type = Fixtures.createEventType(admin);
    String assetId = TestAssets.uploadImage(admin, "Fjellet om vinteren");
    String fileName = admin.get("/api/v1/manage/assets/" + assetId).json().getString("fileName");
    List<String> paths = new ArrayList<>();
    // an asset is public while published content uses it
    String pictures = Fixtures.uniqueKey("bilder");
    Reply pictureType =
        admin.post(
            "/api/v1/manage/content-types",
            Fixtures.json(
                """
                {"key": "%s", "name": {"nb": "Bildeside"}, "titleField": "title",
                 "fields": [
                   {"key": "title", "type": "text", "required": true},
                   {"key": "image", "type": "asset", "localized": false}
                 ]}
                """
                    .formatted(pictures)));
    assertEquals(201, pictureType.status(), pictureType.body());
    String picture =
        Fixtures.createItem(
                admin,
                pictures,
                "nb",
                Json.createObjectBuilder()
                    .add("title", "Vinterfjellet")
                    .add("image", assetId)
                    .build())
            .json()
            .getString("id");
    Fixtures.publish(admin, picture, "nb");
    paths.add("/api/v1/content/" + pictures + "/" + picture + "?locale=nb");
    for (int i = 0; i < 3; i++) {
      Reply created =
          Fixtures.createItem(
              admin,
              type,
              "nb",
              Json.createObjectBuilder()
                  .add("title", "Samling " + i + " i Tromsø")
                  .add("venue", "Tromsø")
                  .build());
      String id = created.json().getString("id");
      for (String[] variant : new String[][] {{"se", "Čoahkkin " + i}, {"nn", "Samling " + i}}) {
        Reply added =
            admin.put(
                "/api/v1/manage/items/" + id + "/variants/" + variant[0],
                Fixtures.fields(Json.createObjectBuilder().add("title", variant[1]).build()),
                "If-Match",
                Fixtures.itemEtag(admin, id));
        assertEquals(201, added.status(), added.body());
      }
      for (String locale : List.of("nb", "se", "nn")) {
        Fixtures.publish(admin, id, locale);
        paths.add("/api/v1/content/" + type + "/" + id + "?locale=" + locale);
      }
    }
    String word = Searches.marker();
    String article =
        Searches.publishArticle(
            admin,
            "nb",
            "{\"title\": \"Sikkerhetskopi %s\", \"lead\": \"Gjenoppretting.\"}".formatted(word));
    for (String locale : List.of("nb", "se", "nn", "smj")) {
      paths.add("/api/v1/content/" + type + "?locale=" + locale);
    }
    paths.add("/api/v1/content/article/" + article + "?locale=nb");
    paths.add("/api/v1/assets/" + assetId + "/" + fileName);
    paths.add("/api/v1/assets/" + assetId + "/" + fileName + "?w=320");
    String search = "/api/v1/search?" + Searches.q(word) + "&locale=nb";
    Reply found =
        Searches.awaitSearch(
            admin,
            Searches.q(word) + "&locale=nb",
            Searches.total(1),
            java.time.Duration.ofSeconds(30));
    assertEquals(1, found.json().getInt("total"), found.body());
    paths.add(search);
    return paths;
  }

  private record Answer(int status, String etag, byte[] body) {}

  private static Map<String, Answer> answers(CmsServer server, List<String> paths) {
    Api anonymous = new Api(server.base(), null);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String path : paths) {
      BinaryReply reply = anonymous.getBytes(path);
      if (path.startsWith("/api/v1/search")) {
        // the restored instance builds its search index at start-up: wait for it, then compare
        Searches.awaitSearch(
            anonymous,
            path.substring(path.indexOf('?') + 1),
            Searches.total(1),
            java.time.Duration.ofSeconds(60));
        reply = anonymous.getBytes(path);
      }
      answers.put(
          path,
          new Answer(
              reply.status(), reply.headers().firstValue("ETag").orElse(null), reply.body()));
    }
    return answers;
  }

  /** The database credentials in an options file only the owner reads (not on command lines). */
  private static Path clientOptions(Path work, TestDatabase database) throws IOException {
    Path file = work.resolve("cms-db.cnf");
    Files.writeString(
        file,
        "[client]\nuser=" + database.user() + "\npassword=" + database.password() + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  private static void run(Path dir, Path output, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Path errors = dir.resolve(command[0] + ".err");
    builder.redirectError(errors.toFile());
    builder.redirectOutput(
        output == null
            ? ProcessBuilder.Redirect.DISCARD
            : ProcessBuilder.Redirect.to(output.toFile()));
    finish(builder.start(), errors, command);
  }

  private static void runWithInput(Path dir, Path input, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Path errors = dir.resolve(command[0] + ".err");
    builder.redirectError(errors.toFile());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectInput(input.toFile());
    finish(builder.start(), errors, command);
  }

  private static void finish(Process process, Path errors, String... command) throws Exception {
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
    assertEquals(
        0,
        process.exitValue(),
        String.join(" ", command) + " failed: " + Files.readString(errors, StandardCharsets.UTF_8));
  }
}
