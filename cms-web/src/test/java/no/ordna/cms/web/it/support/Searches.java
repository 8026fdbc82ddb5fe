package no.ordna.cms.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Helpers for search tests: a word no other test uses, publishing, and searching with a bounded
 * wait for the index (which is updated right after a change commits, or within the log follower's
 * period on another instance).
 */
public final class Searches {

  private static final String ITEMS = "/api/v1/manage/items";

  private Searches() {}

  /** A word of its own for one test's items and queries, e.g. {@code m3f9a1c0b2d}. */
  public static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** The {@code q} parameter for these words, encoded. */
  public static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  /** Applies a workflow transition ({@code publish}, {@code unpublish}); expects 200. */
  public static void transition(Api api, String itemId, String locale, String action) {
    if (action.equals("publish")) {
      Fixtures.publish(api, itemId, locale);
      return;
    }
    Reply reply =
        Fixtures.act(api, itemId, locale, Json.createObjectBuilder().add("action", action).build());
    assertEquals(200, reply.status(), reply.body());
  }

  /** Creates an {@code article} in one locale and publishes it; returns its id. */
  public static String publishArticle(Api api, String locale, String fieldsJson) {
    String id =
        Fixtures.createItem(api, "article", locale, Fixtures.json(fieldsJson))
            .json()
            .getString("id");
    transition(api, id, locale, "publish");
    return id;
  }

  /** An anonymous search with the given query string. */
  public static Reply search(Api api, String query, String... headers) {
    return api.anonymous().get("/api/v1/search?" + query, headers);
  }

  /** Searches until {@code done} holds for the answer, at most {@code wait}; the last answer. */
  public static Reply awaitSearch(
      Api api, String query, Predicate<JsonObject> done, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    Reply reply;
    do {
      reply = search(api, query);
      if (reply.status() == 200 && done.test(reply.json())) {
        return reply;
      }
      sleep();
    } while (System.nanoTime() < deadline);
    return reply;
  }

  public static Predicate<JsonObject> total(int n) {
    return json -> json.getInt("total") == n;
  }

  /** The ids of the hits, in order. */
  public static List<String> ids(Reply reply) {
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
