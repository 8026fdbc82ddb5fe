package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import no.ordna.cms.web.it.support.Reply;
import org.junit.jupiter.api.Test;

/**
 * The default start: no database server, the embedded database under CMS_DATA_DIR, a generated
 * administrator password printed once, nothing but the HTTP port open on 127.0.0.1, and data kept
 * across a restart.
 */
class EmbeddedDatabaseIT {

  private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

  @Test
  void theDefaultStartKeepsItsDataAcrossARestartOnTheEmbeddedDatabase() throws Exception {
    Path dataDir = CmsServer.workDir().resolve("embedded-data-" + System.nanoTime());
    try (CmsServer server =
        CmsServer.start("embedded", Map.of("CMS_DATA_DIR", dataDir.toString()))) {
      String password = generatedPassword(server.logText());
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

      server.restart();

      Api again = new Api(server.base(), null);
      again = again.as(again.login("admin", password));
      Reply read = again.get("/api/v1/manage/items/" + id);
      assertEquals(200, read.status());
      assertEquals(
          "Bissovaš", read.json().getJsonObject("variants").getJsonObject("se").getString("title"));
      assertEquals("Tromsø", read.json().getJsonObject("shared").getString("venue"));
      assertEquals(se.etag(), read.etag());
      Matcher printed = GENERATED.matcher(server.logText());
      int times = 0;
      while (printed.find()) {
        times++;
      }
      assertEquals(1, times, "the generated password is printed once, on the first start only");
    }
  }

  private static String generatedPassword(String log) {
    Matcher matcher = GENERATED.matcher(log);
    assertTrue(matcher.find(), "a generated administrator password is printed on first start");
    String password = matcher.group(1);
    assertTrue(password.length() >= 20, "the generated password is strong");
    return password;
  }

  /** {@code ss -ltnp} for the server's process lists only its HTTP port, on 127.0.0.1. */
  private static void assertOnlyTheHttpPortOnLoopback(CmsServer server)
      throws IOException, InterruptedException {
    Process ss;
    try {
      ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "ss is not installed");
      return;
    }
    String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ss.waitFor();
    List<String> listening =
        out.lines().filter(l -> l.contains("pid=" + server.pid() + ",")).toList();
    assertEquals(1, listening.size(), "listening sockets of the server: " + listening);
    assertTrue(listening.get(0).contains("127.0.0.1:" + server.port() + " "), listening.get(0));
    assertFalse(
        out.lines().anyMatch(l -> l.contains("pid=" + server.pid() + ",") && l.contains(":6900")));
  }
}
