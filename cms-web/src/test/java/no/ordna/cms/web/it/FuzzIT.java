package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SchemaSamples;
import no.ordna.cms.web.it.support.Secrets;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzzer over the whole HTTP API: every operation the OpenAPI document lists is called with
 * generated path values, query strings, headers and bodies (jqwik's generators: hostile strings,
 * numbers at the edges, deep and odd JSON, malformed bytes), as an administrator (so requests get
 * past the sign-in and into validation), anonymously, or with a made-up token. Each answer must be:
 *
 * <ul>
 *   <li>no 5xx (a 503 only with {@code Retry-After}), and within 5 s;
 *   <li>a 4xx from the API in {@code application/problem+json};
 *   <li>for a refused write, nothing changed: the fuzzer's own audit trail (every change is
 *       audited) has no new entry.
 * </ul>
 *
 * <p>{@code -Dcms.fuzz.requests=N} (default 1,000 in {@code mvn verify}; the documented long run
 * uses 10,000) and {@code -Dcms.fuzz.seed=S} (printed at the start, to repeat a run exactly).
 */
@ExtendWith(SharedServer.class)
class FuzzIT {

  private static final Logger LOG = Logger.getLogger(FuzzIT.class.getName());
  private static final Duration SLOW = Duration.ofSeconds(5);
  private static final int HEADER_BUDGET = 3000;
  private static final int URI_BUDGET = 3000;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** One operation of the OpenAPI document. */
  record Operation(
      String method,
      String path,
      List<String> pathParams,
      Map<String, JsonObject> queryParams,
      boolean jsonBody,
      boolean anyBody,
      JsonObject bodySchema) {}

  /** One request made and what came back. */
  record Outcome(
      String method,
      String uri,
      Map<String, String> headers,
      String body,
      int status,
      long ms,
      boolean problem,
      boolean retryAfter,
      String answer) {
    String describe() {
      Map<String, String> shortHeaders = new LinkedHashMap<>();
      headers.forEach((name, value) -> shortHeaders.put(name, cut(value, 60)));
      return method
          + " "
          + cut(uri, 300)
          + " "
          + shortHeaders
          + " body="
          + cut(body, 200)
          + " -> "
          + status
          + " "
          + ms
          + "ms "
          + cut(answer, 200);
    }

    private static String cut(String text, int max) {
      return text == null ? "" : text.length() > max ? text.substring(0, max) + "…" : text;
    }
  }

  // ---- generators ---------------------------------------------------------------------------

  /** Secret-looking values the fuzzer sent, and every URL it sent them to (see below). */
  private static final java.util.Set<String> SENT_SECRETS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final java.util.Queue<String> SENT_URIS =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private static final List<String> NASTY =
      List.of(
          "",
          " ",
          "%",
          "%zz",
          "%00",
          "%2F..%2F..",
          "..",
          "../../etc/passwd",
          "\u0000",
          "\uFFFF",
          "\uD83D\uDE00",
          "'; DROP TABLE content_item; --",
          "<script>alert(1)</script>",
          "a".repeat(5000),
          "-1",
          "0",
          "1",
          "99999999999999999999",
          "1e309",
          "-0.0",
          "NaN",
          "Infinity",
          "true",
          "null",
          "[]",
          "{}",
          "*",
          "\"x\"",
          "W/\"x\"",
          ",,,",
          ";;;",
          "nb",
          "se",
          "nn",
          "nb-NO",
          "zz",
          "article",
          "page",
          "conference",
          "published",
          "draft",
          "publish",
          "2026-02-30T25:61:00Z",
          "2026-11-30T08:00:00Z",
          "-publishDate",
          UUID.randomUUID().toString(),
          "00000000-0000-0000-0000-000000000000");

  private static final List<String> KEYS =
      List.of(
          "title",
          "fields",
          "type",
          "locale",
          "key",
          "name",
          "label",
          "url",
          "events",
          "roles",
          "locales",
          "contentTypes",
          "username",
          "password",
          "currentPassword",
          "newPassword",
          "comment",
          "action",
          "publishAt",
          "unpublishAt",
          "texts",
          "alt",
          "focalPoint",
          "x",
          "y",
          "slug",
          "body",
          "blocks",
          "required",
          "localized",
          "default",
          "enabled",
          "fallback",
          "includeShared",
          "expiresAt",
          "scope",
          "scopes",
          "preferences",
          "items",
          "value",
          "$ref",
          "__proto__");

  private static Arbitrary<String> strings() {
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').withChars("-_.").ofMaxLength(16);
    Arbitrary<String> longs = Arbitraries.longs().map(l -> Long.toString(l));
    Arbitrary<String> decimals = Arbitraries.bigDecimals().map(d -> d.toPlainString());
    return Arbitraries.frequencyOf(
        Tuple.of(4, nasty),
        Tuple.of(3, any),
        Tuple.of(3, words),
        Tuple.of(1, longs),
        Tuple.of(1, decimals));
  }

  private static Arbitrary<JsonValue> jsonValues() {
    Arbitrary<JsonValue> leaves =
        Arbitraries.oneOf(
            Arbitraries.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE),
            Arbitraries.integers().map(i -> (JsonValue) Json.createValue(i)),
            Arbitraries.longs().map(l -> (JsonValue) Json.createValue(l)),
            Arbitraries.bigDecimals().map(d -> (JsonValue) Json.createValue(d)),
            strings().map(s -> (JsonValue) Json.createValue(s)));
    return Arbitraries.recursive(
        () -> leaves,
        inner ->
            Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(FuzzIT::array),
                Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(KEYS), strings()), inner)
                    .ofMaxSize(5)
                    .map(FuzzIT::object)),
        4);
  }

  private static JsonValue array(List<JsonValue> values) {
    var builder = Json.createArrayBuilder();
    values.forEach(builder::add);
    return builder.build();
  }

  private static JsonValue object(Map<String, JsonValue> members) {
    var builder = Json.createObjectBuilder();
    members.forEach(builder::add);
    return builder.build();
  }

  /** Bodies: mostly JSON objects, some other JSON, some bytes that are not JSON at all. */
  private static Arbitrary<String> bodies() {
    Arbitrary<String> malformed =
        Arbitraries.of(
            "{",
            "[1,",
            "\"",
            "{\"title\": }",
            "{\"a\":1,\"a\":2}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"title\":\"" + "x".repeat(100_000) + "\"}",
            "\u0000\u0001",
            "<xliff/>",
            "null",
            "");
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(KEYS), strings()), jsonValues())
                .ofMaxSize(6)
                .map(m -> object(m).toString())),
        Tuple.of(2, jsonValues().map(JsonValue::toString)),
        Tuple.of(2, malformed));
  }

  /** Header values a client can send (visible ASCII and spaces). */
  private static Arbitrary<String> headerValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.of(
                ";;;",
                "*",
                "\"x\"",
                "W/\"x\", \"y\"",
                "x".repeat(2000),
                "nb;q=abc, *;q=-1",
                "se-NO, nb;q=0.9, en;q=0.1",
                "gzip;q=2, br;q=x",
                "application/json;q=0",
                "text/html",
                "multipart/form-data; boundary=",
                "application/json; charset=latin1",
                "Bearer",
                "127.0.0.1, 10.0.0.1",
                "unknown",
                "0")),
        Tuple.of(3, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)));
  }

  private static final List<String> HEADERS =
      List.of(
          "Accept-Language",
          "If-Match",
          "If-None-Match",
          "Accept",
          "Accept-Encoding",
          "Content-Type",
          "Origin",
          "X-Forwarded-For",
          "Forwarded",
          "Range",
          "If-Modified-Since");

  // ---- the run ------------------------------------------------------------------------------

  @Test
  void noOperationAnswers500OrSlowlyAndRefusedRequestsChangeNothing(Api admin) throws Exception {
    int requests = Integer.getInteger("cms.fuzz.requests", 1000);
    String seed = System.getProperty("cms.fuzz.seed", Long.toString(System.nanoTime()));
    LOG.info("FuzzIT: " + requests + " requests, seed " + seed + " (-Dcms.fuzz.seed=" + seed + ")");

    // the fuzzer's own administrator and its own type and item, so that path values reach real
    // resources without touching what other tests made
    String name = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "fuzz-password-" + UUID.randomUUID();
    Reply created =
        admin.post(
            "/api/v1/manage/users",
            Json.createObjectBuilder()
                .add("username", name)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("admin"))
                .build());
    assertEquals(201, created.status(), created.body());
    Api fuzzer = admin.as(admin.login(name, password));
    String type = createEventType(fuzzer);
    String item =
        createItem(fuzzer, type, "nb", json("{\"title\": \"Fuzz\"}")).json().getString("id");
    List<String> known = List.of(item, type, "nb", "se", name, "1", "2");

    JsonObject document = admin.anonymous().get("/openapi", "Accept", "application/json").json();
    List<Operation> operations = operations(document);
    assertTrue(operations.size() > 60, "the document lists the API: " + operations.size());

    SourceOfRandomness.create(seed);
    Iterator<Integer> dice = Arbitraries.integers().between(0, 999).sampleStream().iterator();
    Iterator<String> values = strings().sampleStream().iterator();
    Iterator<String> bodies = bodies().sampleStream().iterator();
    Iterator<String> headerValues = headerValues().sampleStream().iterator();
    SchemaSamples shaped =
        new SchemaSamples(
            document, new java.util.Random(seed.hashCode()), known, () -> values.next());

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    java.util.Set<String> accepted = new java.util.TreeSet<>();
    long slowest = 0;
    for (int n = 0; n < requests && failures.size() < 20; n++) {
      Operation op = operations.get(dice.next() % operations.size());
      // Two kinds of request. A wild one: path values mostly generated, any query, headers and
      // body. A careful one (four in ten): real path values, query values and a body shaped by the
      // document, no odd headers — valid but for the flaws the shaped values carry, so that it
      // gets past the first checks and into what lies behind them.
      boolean careful = dice.next() < 400;
      String path = op.path();
      for (String param : op.pathParams()) {
        String value =
            careful
                ? realPathValue(param, item, type, dice.next())
                : dice.next() < 300 ? known.get(dice.next() % known.size()) : values.next();
        String encoded = encodePath(value);
        if (encoded.length() > 1000) {
          encoded = encodePath(value.substring(0, 300)); // the request line's budget
        }
        path = path.replace("{" + param + "}", encoded);
      }
      StringBuilder query = new StringBuilder();
      for (var param : op.queryParams().entrySet()) {
        if (careful) {
          if (dice.next() < 300 && !param.getKey().equals("cursor")) {
            append(query, param.getKey(), shaped.parameter(param.getValue(), param.getKey()));
          }
        } else if (dice.next() < 500) {
          // half the values follow the parameter's schema (a locale, a number in range, one of
          // an enumeration), the rest are the generators' own
          append(
              query,
              param.getKey(),
              dice.next() < 500
                  ? shaped.parameter(param.getValue(), param.getKey())
                  : values.next());
        }
      }
      if (!careful && dice.next() < 150) {
        append(query, values.next(), values.next());
      }
      if (query.length() > URI_BUDGET) {
        // the request line shares the server's 8 KiB header buffer (see the README)
        query.setLength(URI_BUDGET);
        if (query.lastIndexOf("%") > query.length() - 3) {
          query.setLength(query.lastIndexOf("%"));
        }
      }
      // headers, their section kept under the server's 8 KiB header buffer (a longer one gets
      // the HTTP layer's bare 400 before the application sees it; see the README)
      Map<String, String> headers = new LinkedHashMap<>();
      int headerBytes = 0;
      for (String header : HEADERS) {
        if (!careful && dice.next() < 120) {
          String value = headerValues.next();
          if (headerBytes + value.length() <= HEADER_BUDGET) {
            headers.put(header, value);
            headerBytes += header.length() + value.length() + 4;
          }
        }
      }
      String body = null;
      if (op.anyBody() || dice.next() < 50) {
        // half the bodies of JSON operations follow the operation's schema (with small flaws),
        // the rest are the generators' own; settings shared by every test are left out of it
        body =
            op.bodySchema() != null && !sharedSettings(op) && (careful || dice.next() < 500)
                ? shaped.sample(op.bodySchema()).toString()
                : bodies.next();
        headers.putIfAbsent("Content-Type", op.jsonBody() ? "application/json" : "text/plain");
      }
      if (!op.method().equals("GET") && dice.next() < (careful ? 600 : 250)) {
        // a write that may go through: any current version (so the body decides what happens)
        headers.putIfAbsent("If-Match", "*");
      }
      int who = dice.next();
      boolean signOut = op.method().equals("DELETE") && op.path().equals("/api/v1/auth/token");
      String token =
          careful && !signOut
              ? fuzzer.token()
              : signOut || who < 100
                  ? null
                  : who < 150 ? "made-up-" + values.next() : fuzzer.token();
      if (token != null) {
        headers.put("Authorization", "Bearer " + token.replaceAll("[^ -~]", "x"));
      }

      URI uri = admin.base().resolve(path + (query.length() == 0 ? "" : "?" + query));
      boolean write = !op.method().equals("GET") && !op.path().startsWith("/api/v1/auth/");
      String auditBefore = write ? newestAudit(fuzzer, name) : null;
      Outcome outcome = send(op.method(), uri, headers, body);
      statuses.merge(outcome.status(), 1, Integer::sum);
      if (outcome.status() < 300) {
        accepted.add(op.method() + " " + op.path());
      }
      slowest = Math.max(slowest, outcome.ms());

      if (outcome.status() >= 500 && !(outcome.status() == 503 && outcome.retryAfter())) {
        failures.add("5xx: " + outcome.describe());
      } else if (outcome.ms() > SLOW.toMillis()) {
        failures.add("slower than 5 s: " + outcome.describe());
      } else if (outcome.status() >= 400 && path.startsWith("/api/") && !outcome.problem()) {
        failures.add("a 4xx that is not problem+json: " + outcome.describe());
      } else if (write && outcome.status() >= 400) {
        String auditAfter = newestAudit(fuzzer, name);
        if (!auditBefore.equals(auditAfter)) {
          failures.add("a refused request changed something: " + outcome.describe());
        }
      }
    }
    LOG.info("FuzzIT: statuses " + statuses + ", slowest " + slowest + " ms");
    LOG.info(
        "FuzzIT: "
            + accepted.size()
            + " of "
            + operations.size()
            + " operations accepted at least one request: "
            + accepted);
    recordSecretsForTheLogScan();
    assertEquals(List.of(), failures, "seed " + seed);
  }

  /**
   * Hands the tokens and secret-named values the fuzzer sent (made-up and real bearer tokens,
   * passwords and secrets in generated bodies and queries) to the log scan of {@code
   * SecretsInLogsIT}, like every other client's. A value the fuzzer also put into a path or query
   * is left out: the access log names every path, so finding it there would prove nothing.
   */
  private static void recordSecretsForTheLogScan() {
    for (String secret : SENT_SECRETS) {
      String encoded = encode(secret, c -> false);
      boolean inSomeUrl =
          SENT_URIS.stream()
              .anyMatch(
                  uri ->
                      uri.contains(secret)
                          || uri.contains(encoded)
                          || decodedLeniently(uri).contains(secret));
      if (!inSomeUrl) {
        Secrets.record(secret);
      }
    }
  }

  private static String decodedLeniently(String uri) {
    try {
      return java.net.URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return uri;
    }
  }

  /** A path value that names one of the fuzzer's own things, chosen by the parameter's name. */
  private static String realPathValue(String param, String item, String type, int die) {
    return switch (param) {
      case "id", "itemId" -> item;
      case "key", "type" -> type;
      case "locale" -> die < 500 ? "nb" : "se";
      case "number" -> die < 500 ? "1" : "2";
      default -> die < 500 ? item : "1";
    };
  }

  /**
   * Operations whose valid body would change what every test on the shared server relies on (the
   * locales, users and their passwords, sign-in throttling): they get only the generators' bodies,
   * which the server refuses.
   */
  private static boolean sharedSettings(Operation op) {
    return op.path().startsWith("/api/v1/manage/locales")
        || (op.path().startsWith("/api/v1/manage/users") && !op.path().endsWith("/preferences"))
        || op.path().startsWith("/api/v1/auth/");
  }

  /** The id of the newest audit entry the fuzzer's user made ("" for none). */
  private static String newestAudit(Api fuzzer, String user) {
    Reply reply = fuzzer.get("/api/v1/manage/audit?user=" + user + "&limit=1");
    assertEquals(200, reply.status(), reply.body());
    JsonArray items = reply.json().getJsonArray("items");
    return items.isEmpty() ? "" : items.getJsonObject(0).toString();
  }

  private static List<Operation> operations(JsonObject document) {
    List<Operation> operations = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, value) -> {
                          if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                            return;
                          }
                          JsonObject op = value.asJsonObject();
                          List<String> pathParams = new ArrayList<>();
                          Map<String, JsonObject> queryParams = new LinkedHashMap<>();
                          for (JsonValue p :
                              op.getJsonArray("parameters") == null
                                  ? JsonValue.EMPTY_JSON_ARRAY
                                  : op.getJsonArray("parameters")) {
                            JsonObject parameter = p.asJsonObject();
                            switch (parameter.getString("in")) {
                              case "path" -> pathParams.add(parameter.getString("name"));
                              case "query" ->
                                  queryParams.put(
                                      parameter.getString("name"),
                                      parameter.getJsonObject("schema") == null
                                          ? JsonValue.EMPTY_JSON_OBJECT
                                          : parameter.getJsonObject("schema"));
                              default -> {}
                            }
                          }
                          JsonObject requestBody = op.getJsonObject("requestBody");
                          boolean json =
                              requestBody != null
                                  && requestBody.getJsonObject("content").keySet().stream()
                                      .anyMatch(t -> t.contains("json"));
                          operations.add(
                              new Operation(
                                  method.toUpperCase(java.util.Locale.ROOT),
                                  path,
                                  pathParams,
                                  queryParams,
                                  json,
                                  requestBody != null,
                                  SchemaSamples.jsonBodySchema(op)));
                        }));
    return operations;
  }

  private static String encodePath(String value) {
    // an encoded NUL in the path is refused by the HTTP layer itself (a bare 400; see the README)
    return encode(
        value.replace('\u0000', '0'),
        c -> c == '/' || c == '?' || c == '#' || c == '%' || c == ' ');
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    java.util.function.IntPredicate reserved =
        c -> c == '&' || c == '=' || c == '#' || c == '%' || c == '+' || c == ' ';
    query.append(encode(name, reserved)).append('=').append(encode(value, reserved));
  }

  /** Percent-encodes non-ASCII, control and the given characters (UTF-8; lone surrogates as ?). */
  private static String encode(String value, java.util.function.IntPredicate reserved) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || reserved.test(c) || "\"<>\\^`{|}[]".indexOf(c) >= 0) {
        out.append('%').append(String.format("%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static Outcome send(String method, URI uri, Map<String, String> headers, String body)
      throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    headers.forEach(
        (name, value) -> {
          try {
            request.header(name, value);
          } catch (IllegalArgumentException e) {
            // a value the client library will not send: leave it out
          }
        });
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    SENT_SECRETS.addAll(Secrets.inJson(body));
    SENT_SECRETS.addAll(Secrets.inQuery(uri.toString()));
    headers.forEach(
        (name, value) -> {
          if (name.equalsIgnoreCase("Authorization") && value.startsWith("Bearer ")) {
            SENT_SECRETS.add(value.substring(7).trim());
          }
        });
    SENT_URIS.add(uri.toString());
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Secrets.recordJson(response.body());
      long ms = (System.nanoTime() - start) / 1_000_000;
      boolean problem =
          response
              .headers()
              .firstValue("Content-Type")
              .map(t -> t.startsWith("application/problem+json"))
              .orElse(false);
      return new Outcome(
          method,
          uri.toString(),
          headers,
          body,
          response.statusCode(),
          ms,
          problem,
          response.headers().firstValue("Retry-After").isPresent(),
          response.headers().firstValue("Content-Type").orElse("(no type)")
              + " "
              + response.body());
    } catch (IOException e) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      return new Outcome(
          method, uri.toString(), headers, body, 599, ms, false, false, e.toString());
    }
  }
}
