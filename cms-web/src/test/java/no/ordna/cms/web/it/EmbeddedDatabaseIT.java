package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.ListeningSockets;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.Searches;
import org.junit.jupiter.api.Test;

/**
 * The default start: no database server, the embedded database under CMS_DATA_DIR, a generated
 * administrator password printed once, nothing but the HTTP port open on 127.0.0.1, and data kept
 * across a restart.
 */
class EmbeddedDatabaseIT {

  private static final Pattern WRITTEN_TO =
      Pattern.compile("with a generated password, written to (\\S+)");

  @Test
  void theDefaultStartKeepsItsDataAcrossARestartOnTheEmbeddedDatabase() throws Exception {
    Path dataDir = CmsServer.workDir().resolve("embedded-data-" + System.nanoTime());
    try (CmsServer server =
        CmsServer.start("embedded", Map.of("CMS_DATA_DIR", dataDir.toString()))) {
      String password = generatedPassword(dataDir, server.logText());
      Api api = new Api(server.base(), null);
      api = api.as(api.login("admin", password));
      assertOnlyTheHttpPortOnLoopback(server);
      assertTrue(Files.exists(dataDir.resolve("db")), "database files under CMS_DATA_DIR");

      String type = createEventType(api);
      Reply created =
          createItem(api, type, "nb", json("{\"title\": \"Vedvarende\", \"venue\": \"Tromsø\"}"));
      String id = created.json().getString("id");
      Reply se =
          api.put(
              "/api/v1/manage/items/" + id + "/variants/se",
              fields(json("{\"title\": \"Bissovaš\"}")),
              "If-Match",
              created.etag());
      assertEquals(201, se.status(), se.body());
      Fixtures.publish(api, id, "nb");
      Fixtures.publish(api, id, "se");
      String word = Searches.marker();
      String article =
          Searches.publishArticle(
              api, "nb", "{\"title\": \"Samling om %s\", \"lead\": \"I Tromsø.\"}".formatted(word));
      assertDelivered(api, type, id, article, word);

      server.restart();

      Api again = new Api(server.base(), null);
      again = again.as(again.login("admin", password));
      Reply read = again.get("/api/v1/manage/items/" + id);
      assertEquals(200, read.status());
      assertEquals(
          "Bissovaš", read.json().getJsonObject("variants").getJsonObject("se").getString("title"));
      assertEquals("Tromsø", read.json().getJsonObject("shared").getString("venue"));
      assertEquals(200, read.status());
      assertDelivered(again, type, id, article, word);
      Matcher named = WRITTEN_TO.matcher(server.logText());
      int times = 0;
      while (named.find()) {
        times++;
      }
      assertEquals(1, times, "the password file is written once, on the first start only");
    }
  }

  /** The published variants are delivered, and the article is found by search. */
  private static void assertDelivered(
      Api api, String type, String id, String article, String word) {
    Reply nb = api.anonymous().get("/api/v1/content/" + type + "/" + id);
    assertEquals(200, nb.status(), nb.body());
    assertEquals("Vedvarende", nb.json().getString("title"));
    Reply se = api.anonymous().get("/api/v1/content/" + type + "/" + id + "?locale=se");
    assertEquals("Bissovaš", se.json().getString("title"));
    Reply found =
        Searches.awaitSearch(
            api,
            Searches.q(word) + "&locale=nb",
            json -> json.getInt("total", 0) == 1,
            java.time.Duration.ofSeconds(30));
    assertEquals(article, found.json().getJsonArray("items").getJsonObject(0).getString("id"));
  }

  /**
   * The generated password is in a file only the owner may read, named in the log; the log itself
   * never holds it.
   */
  private static String generatedPassword(Path dataDir, String log) throws IOException {
    Matcher matcher = WRITTEN_TO.matcher(log);
    assertTrue(matcher.find(), "the log names the file holding the generated password");
    Path file = Path.of(matcher.group(1));
    assertEquals(dataDir.resolve("initial-admin-password").toAbsolutePath().normalize(), file);
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String password = Files.readString(file, StandardCharsets.UTF_8).strip();
    assertTrue(password.length() >= 20, "the generated password is strong");
    assertFalse(log.contains(password), "the password never reaches the log");
    return password;
  }

  /**
   * The server's process listens on its HTTP port on 127.0.0.1 and nowhere else: its listening
   * sockets are found from {@code /proc} (the socket inodes among its file descriptors, matched
   * with the kernel's TCP tables), so no tool needs to be installed.
   */
  private static void assertOnlyTheHttpPortOnLoopback(CmsServer server) throws IOException {
    List<String> listening = ListeningSockets.of(server.pid());
    assertEquals(List.of("127.0.0.1:" + server.port()), listening, "listening sockets");
  }
}
