package no.ordna.cms.platform.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboundHttpTest {

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/ok",
        x -> {
          hits.incrementAndGet();
          byte[] big = "é".repeat(5000).getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(200, big.length);
          x.getResponseBody().write(big);
          x.close();
        });
    server.createContext(
        "/redirect",
        x -> {
          hits.incrementAndGet();
          x.getResponseHeaders().add("Location", "/ok");
          x.sendResponseHeaders(302, -1);
          x.close();
        });
    server.createContext(
        "/hang",
        x -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private OutboundHttp client(String allowed, Duration timeout) {
    OutboundPolicy policy = new OutboundPolicy();
    policy.configure(allowed);
    OutboundHttp http = new OutboundHttp();
    http.policy = policy;
    http.timeout = timeout;
    http.open();
    return http;
  }

  private OutboundRequest post(String path) {
    return new OutboundRequest(
        "POST",
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
        Map.of("webhook-id", "msg_1"),
        "{}".getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  @Test
  void aLoopbackReceiverIsRefusedAtConnectTimeUnlessAllowed() throws Exception {
    OutboundHttp refused = client("", Duration.ofSeconds(5));
    OutboundResponse response = refused.send(post("/ok"));
    assertFalse(response.success());
    assertTrue(response.error().contains("refused"), response.error());
    assertEquals(0, hits.get());
    refused.close();
  }

  @Test
  void anAllowedReceiverIsReachedAndItsAnswerReadOnlyInPart() throws Exception {
    OutboundHttp http = client("127.0.0.1", Duration.ofSeconds(5));
    OutboundResponse response = http.send(post("/ok"));
    assertTrue(response.success(), String.valueOf(response));
    assertEquals(200, response.status());
    assertEquals("é".repeat(512), response.excerpt());
    http.close();
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    OutboundHttp http = client("127.0.0.1", Duration.ofSeconds(5));
    OutboundResponse response = http.send(post("/redirect"));
    assertEquals(302, response.status());
    assertFalse(response.success());
    assertEquals(1, hits.get());
    assertNull(response.error());
    http.close();
  }

  @Test
  void aReceiverThatNeverAnswersEndsInATimeout() throws Exception {
    OutboundHttp http = client("127.0.0.1", Duration.ofMillis(500));
    OutboundResponse response = http.send(post("/hang"));
    assertFalse(response.success());
    assertTrue(response.error().startsWith("no answer within 500 ms"), response.error());
    http.close();
  }
}
