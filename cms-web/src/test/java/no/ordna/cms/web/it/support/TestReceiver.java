package no.ordna.cms.web.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A webhook receiver (or a cache taking purges) on a loopback port, for the tests: records every
 * request it gets, and answers each path as the test says — by default 204; a path can answer by
 * the number of requests it has had, or never answer (hold the request until the receiver closes).
 */
public final class TestReceiver implements AutoCloseable {

  /** Answer code of a path that holds requests without answering. */
  public static final int HANG = -1;

  /** One request as received, with the status it was answered with (HANG: none). */
  public record Received(
      String method, String path, Map<String, String> headers, byte[] body, int answered) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return Fixtures.json(text());
    }

    public boolean succeeded() {
      return answered >= 200 && answered < 300;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, IntUnaryOperator> answers = new ConcurrentHashMap<>();
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private TestReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on 127.0.0.1 and a free port. */
  public static TestReceiver start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      TestReceiver receiver = new TestReceiver(server);
      server.createContext("/", receiver::handle);
      server.setExecutor(receiver.executor);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * How {@code path} answers its n-th request (1 for the first): a status code or {@link #HANG}.
   */
  public void answer(String path, IntUnaryOperator byCount) {
    answers.put(path, byCount);
  }

  /** Every request so far. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests so far to one path. */
  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Waits (at most {@code timeout}) until the requests so far satisfy {@code condition}. */
  public List<Received> await(String what, Duration timeout, Predicate<List<Received>> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Received> now = received();
      if (condition.test(now)) {
        return now;
      }
      if (System.nanoTime() > deadline) {
        List<String> seen = new ArrayList<>();
        now.forEach(r -> seen.add(r.method() + " " + r.path() + " " + r.answered()));
        throw new AssertionError("waited " + timeout + " for " + what + "; received " + seen);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    int n = counts.merge(path, 1, Integer::sum);
    int status = answers.getOrDefault(path, count -> 204).applyAsInt(n);
    Map<String, String> headers = new ConcurrentHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    received.add(new Received(exchange.getRequestMethod(), path, headers, body, status));
    if (status == HANG) {
      try {
        closed.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    }
    exchange.close();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
