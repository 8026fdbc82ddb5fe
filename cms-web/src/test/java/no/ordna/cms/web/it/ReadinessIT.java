package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.ScheduleIT.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Ports;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.TcpForwarder;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: a server whose database goes away reports {@code /health/ready}
 * down (503) while staying live and serving cached delivery answers, answers API calls with a
 * problem instead of a stack trace, and is ready again by itself once the database is back.
 */
class ReadinessIT {

  private static final String ADMIN_PASSWORD = "readiness-admin-password";

  @Test
  void readinessFailsWhileTheDatabaseIsUnreachableAndRecoversWhenItReturns() throws Exception {
    TestDatabase database = TestDatabase.get();
    URI url = URI.create(database.createDatabase("readiness").substring("jdbc:".length()));
    try (TcpForwarder relay = TcpForwarder.start(url.getHost(), url.getPort());
        CmsServer server =
            CmsServer.start(
                "readiness",
                Map.of(
                    "CMS_DB_URL",
                    "jdbc:mariadb://127.0.0.1:" + relay.port() + url.getPath(),
                    "CMS_DB_USER",
                    database.user(),
                    "CMS_DB_PASSWORD",
                    database.password(),
                    "CMS_ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "CMS_DEMO_DATA",
                    "true"))) {
      Api api = new Api(server.base(), null);
      assertEquals(200, api.get("/health/ready").status());
      String conferences = "/api/v1/content/conference?locale=nb";
      Reply cached = api.get(conferences);
      assertEquals(200, cached.status(), cached.body());

      relay.cut();

      await(
          () -> api.get("/health/ready").status() == 503,
          Duration.ofSeconds(30),
          "ready reports down without the database");
      Reply ready = api.get("/health/ready");
      assertEquals("DOWN", ready.json().getString("status"), ready.body());
      assertTrue(ready.body().contains("\"database\""), ready.body());
      assertEquals(200, api.get("/health/live").status(), "still live: a restart would not help");
      Reply stillServed = api.get(conferences);
      assertEquals(200, stillServed.status(), "cached delivery answers are still served");
      assertEquals(cached.body(), stillServed.body());
      Reply notCached = api.get("/api/v1/content/article?locale=nb&limit=3");
      assertEquals(503, notCached.status(), notCached.body());
      assertEquals("urn:ordna:problem:database-unavailable", notCached.json().getString("type"));
      Reply login = signIn(api);
      assertEquals(503, login.status(), "no token without the database: " + login.body());
      assertTrue(login.header("Content-Type").startsWith("application/problem+json"), login.body());
      assertEquals("urn:ordna:problem:database-unavailable", login.json().getString("type"));
      assertTrue(Integer.parseInt(login.header("Retry-After")) > 0);
      assertTrue(!login.body().contains("at no.ordna") && !login.body().contains("Exception"));

      relay.open();

      await(
          () -> api.get("/health/ready").status() == 200,
          Duration.ofSeconds(60),
          "ready again once the database is back");
      Reply again = signIn(api);
      assertEquals(200, again.status(), again.body());
    }
  }

  @Test
  void aServerThatCannotReachItsDatabaseAtStartUpStopsInsteadOfServingNothing() {
    // Nothing listens on this port: the schema cannot be migrated, so the application cannot be
    // deployed. (A wrong password would not do: the embedded test database accepts any.)
    String unreachable = "jdbc:mariadb://127.0.0.1:" + Ports.free() + "/cms_it_unreachable";
    IllegalStateException failed =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () ->
                CmsServer.start(
                    "unreachable",
                    Map.of(
                        "CMS_DB_URL",
                        unreachable,
                        "CMS_DB_USER",
                        "cms",
                        "CMS_DB_PASSWORD",
                        "any-password-at-all")));
    assertTrue(failed.getMessage().contains("exited during start"), failed.getMessage());
    assertTrue(failed.getMessage().contains("the application did not start"), failed.getMessage());
  }

  @Test
  void whileAServerStartsOrStopsNoRequestGetsAContainerPage() throws Exception {
    TestDatabase database = TestDatabase.get();
    CmsServer server =
        CmsServer.launch(
            "starting",
            Map.of(
                "CMS_DB_URL",
                database.createDatabase("starting"),
                "CMS_DB_USER",
                database.user(),
                "CMS_DB_PASSWORD",
                database.password(),
                "CMS_ADMIN_PASSWORD",
                ADMIN_PASSWORD));
    try (server) {
      // an anonymous reader asks all the while the server boots and deploys: before the fix its
      // listener answered with Payara's HTML "Error report" pages (404, then 503) for many seconds
      List<String> starting;
      try (Readers readers = new Readers(server.base(), 1)) {
        server.awaitReady();
        starting = readers.answers();
      }
      assertTrue(!starting.isEmpty(), "the reader got answers once the server was ready");
      for (String answer : starting) {
        String[] parts = answer.split(" ", 4);
        int status = Integer.parseInt(parts[1]);
        String type = parts[2];
        assertTrue(
            status < 400
                || type.startsWith("application/problem+json")
                || (parts[0].equals("/health/ready") && type.startsWith("application/json")),
            "an error answer of the starting server is a problem document: " + answer);
        assertTrue(!answer.contains("Payara"), "a container page reached a client: " + answer);
      }
      // and while it stops: between the application's end and the listener's, the container
      // answered with its HTML error report (503) before the fix; now at most a bare status
      List<String> stopping;
      try (Readers readers = new Readers(server.base(), 4)) {
        Thread.sleep(300);
        server.stop();
        stopping = readers.answers();
      }
      for (String answer : stopping) {
        String[] parts = answer.split(" ", 4);
        int status = Integer.parseInt(parts[1]);
        String type = parts[2];
        String body = parts.length > 3 ? parts[3] : "";
        assertTrue(
            status < 400 || type.startsWith("application/problem+json") || body.isEmpty(),
            "an error answer of the stopping server is a problem document or empty: " + answer);
        assertTrue(!answer.contains("Payara"), "a container page reached a client: " + answer);
      }
    }
  }

  /** Threads that read a server's public paths over and over and note every answer they get. */
  private static final class Readers implements AutoCloseable {
    private static final List<String> PATHS =
        List.of("/api/v1/content/article?locale=nb", "/", "/health/ready", "/admin/");
    private final List<String> answers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final List<Thread> threads = new java.util.ArrayList<>();

    Readers(URI base, int count) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      for (int t = 0; t < count; t++) {
        int offset = t;
        Thread thread = new Thread(() -> read(client, base, offset), "reader-" + t);
        threads.add(thread);
        thread.start();
      }
    }

    private void read(HttpClient client, URI base, int offset) {
      for (int i = offset; !done.get(); i++) {
        String path = PATHS.get(i % PATHS.size());
        try {
          HttpResponse<String> response =
              client.send(
                  HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.ofString());
          String body = response.body();
          answers.add(
              path
                  + " "
                  + response.statusCode()
                  + " "
                  + response.headers().firstValue("Content-Type").orElse("-")
                  + " "
                  + body.substring(0, Math.min(80, body.length())));
        } catch (IOException e) {
          // not listening (yet, or any more): what a client of a starting server should see
          pause(20);
        } catch (InterruptedException e) {
          return;
        }
        pause(5);
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Stops the readers and gives what they got. */
    List<String> answers() throws InterruptedException {
      close();
      return List.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
      done.set(true);
      for (Thread thread : threads) {
        thread.join(10_000);
      }
    }
  }

  private static Reply signIn(Api api) {
    return api.post(
        "/api/v1/auth/token",
        jakarta.json.Json.createObjectBuilder()
            .add("username", "admin")
            .add("password", ADMIN_PASSWORD)
            .build());
  }
}
