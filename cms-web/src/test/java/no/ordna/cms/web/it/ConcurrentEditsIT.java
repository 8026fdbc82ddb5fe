package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many editors at once on one variant: with the same ETag exactly one save wins each round and the
 * rest get 412, and no acknowledged save is lost (successes equal new revisions). Many publishing
 * one variant at once end with it published, audited once; writers of different items never refuse
 * each other; the same bytes uploaded at once are stored once. Rounds: {@code
 * -Dcms.concurrency.rounds} (default 25; the documented long run uses 1250, 10,000 attempts).
 */
@ExtendWith(SharedServer.class)
class ConcurrentEditsIT {

  private static final int EDITORS = 8;
  private static final int ROUNDS = Integer.getInteger("cms.concurrency.rounds", 25);

  /** Runs the tasks at the same moment; their results in order. */
  private static <T> List<T> atOnce(ExecutorService pool, List<Callable<T>> tasks)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  @Test
  void withOneETagExactlyOneSaveWinsEachRoundAndNoSaveIsLost(Api api) throws Exception {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Runde 0\"}"));
    String path = "/api/v1/manage/items/" + created.json().getString("id") + "/variants/nb";
    String etag = created.etag();
    int wins = 0;
    int refused = 0;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        String tag = etag;
        List<Callable<Reply>> saves = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
          String title = "Runde " + round + " redaktør " + editor;
          titles.add(title);
          saves.add(
              () -> api.put(path, fields(json("{\"title\": \"" + title + "\"}")), "If-Match", tag));
        }
        List<Reply> replies = atOnce(pool, saves);
        Map<Integer, Integer> statuses = new HashMap<>();
        replies.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        assertEquals(Map.of(200, 1, 412, EDITORS - 1), statuses, "round " + round);
        refused += statuses.get(412);
        int winner = 0;
        while (replies.get(winner).status() != 200) {
          winner++;
        }
        etag = replies.get(winner).etag();
        wins++;
        assertEquals(
            titles.get(winner),
            api.get(path).json().getJsonObject("fields").getString("title"),
            "the acknowledged save is the one stored");
      }
    } finally {
      pool.shutdownNow();
    }
    List<JsonObject> revisions =
        api.get(path + "/revisions").json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(1 + wins, revisions.size(), "one revision per acknowledged save, none lost");
    System.out.printf(
        "concurrent saves: %d attempts in %d rounds of %d, %d won, %d refused with 412,"
            + " %d new revisions, %d lost, %.1f s%n",
        ROUNDS * EDITORS,
        ROUNDS,
        EDITORS,
        wins,
        refused,
        revisions.size() - 1,
        wins - (revisions.size() - 1),
        (System.nanoTime() - started) / 1e9);
  }

  @Test
  void aVariantPublishedByManyAtOnceWithOneETagIsPublishedAndAuditedOnce(Api api) throws Exception {
    String type = createEventType(api);
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    int rounds = Math.max(3, ROUNDS / 5);
    Map<Integer, Integer> total = new HashMap<>();
    long started = System.nanoTime();
    try {
      for (int round = 0; round < rounds; round++) {
        String id =
            createItem(api, type, "nb", json("{\"title\": \"Publiseres én gang\"}"))
                .json()
                .getString("id");
        String variant = "/api/v1/manage/items/" + id + "/variants/nb";
        String tag = api.get(variant).etag();
        List<Callable<Integer>> publishes = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
          publishes.add(
              () ->
                  api.post(
                          variant + "/transitions",
                          json("{\"action\": \"publish\"}"),
                          "If-Match",
                          tag)
                      .status());
        }
        List<Integer> statuses = atOnce(pool, publishes);
        statuses.forEach(status -> total.merge(status, 1, Integer::sum));
        // publishing does not change the variant's ETag, so by the If-Match rule every publish
        // with it is accepted; one of them publishes, and the others find the revision published
        // as it stands: the same 200, but nothing changes and nothing more is audited
        assertEquals(Collections.nCopies(EDITORS, 200), statuses, "round " + round);
        long publishEvents =
            api.get("/api/v1/manage/audit?action=workflow.publish&item=" + id)
                .json()
                .getJsonArray("items")
                .size();
        assertEquals(1, publishEvents, "round " + round + ": the one publish that changed state");
        JsonObject read = api.get(variant).json();
        assertEquals("published", read.getString("status"));
        assertEquals(
            read.getInt("revision"),
            read.getJsonObject("published").getInt("revision"),
            "the variant is published at its one revision: " + read);
        assertEquals(
            "Publiseres én gang",
            api.anonymous().get("/api/v1/content/" + type + "/" + id).json().getString("title"));
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "concurrent publishes: %d attempts in %d rounds of %d, answers %s, %.1f s%n",
        rounds * EDITORS, rounds, EDITORS, total, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Creates, saves and publishes of different items never stand in each other's way: each writer
   * works on its own item, so none may be refused (a deadlock between two of them in the database
   * used to answer 409 {@code concurrent-update} now and then).
   */
  @Test
  void writesOfDifferentItemsAtOnceAreNeverRefused(Api api) throws Exception {
    String type = createEventType(api);
    int rounds = Math.max(10, ROUNDS);
    Map<String, Integer> refusals = new HashMap<>();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    try {
      for (int round = 0; round < rounds; round++) {
        List<Callable<List<String>>> writers = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
          String title = "Runde " + round + " redaktør " + editor;
          writers.add(() -> writeOneItem(api, type, title));
        }
        for (List<String> refused : atOnce(pool, writers)) {
          refused.forEach(r -> refusals.merge(r, 1, Integer::sum));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "writes of different items at once: %d writers in %d rounds (a create, three saves and"
            + " three publishes each), refused %s, %.1f s%n",
        rounds * EDITORS, rounds, refusals, (System.nanoTime() - started) / 1e9);
    assertEquals(Map.of(), refusals, "no write of one item is refused because of another");
  }

  /** Creates an item, then saves and publishes it three times; the refusals it met. */
  private static List<String> writeOneItem(Api api, String type, String title) {
    List<String> refused = new ArrayList<>();
    Reply created =
        api.post(
            "/api/v1/manage/items",
            json(
                "{\"type\": \""
                    + type
                    + "\", \"locale\": \"nb\", \"fields\": {\"title\": \""
                    + title
                    + "\"}}"));
    if (created.status() != 201) {
      refused.add("create " + created.status() + " " + created.body());
      return refused;
    }
    String variant = "/api/v1/manage/items/" + created.json().getString("id") + "/variants/nb";
    String etag = created.etag();
    for (int step = 1; step <= 3; step++) {
      Reply saved =
          api.put(
              variant,
              fields(json("{\"title\": \"" + title + " " + step + "\"}")),
              "If-Match",
              etag);
      if (saved.status() != 200) {
        refused.add("save " + saved.status() + " " + saved.body());
        return refused;
      }
      etag = saved.etag();
      Reply published =
          api.post(variant + "/transitions", json("{\"action\": \"publish\"}"), "If-Match", etag);
      if (published.status() != 200) {
        refused.add("publish " + published.status() + " " + published.body());
        return refused;
      }
      etag = published.etag(); // publishing changed the item
    }
    return refused;
  }

  @Test
  void theSameBytesUploadedAtOnceAreStoredOnceEachRound(Api api) throws Exception {
    int rounds = Math.max(3, ROUNDS / 5);
    int stored = 0;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    try {
      for (int round = 0; round < rounds; round++) {
        byte[] png = TestAssets.image("png", 48 + round % 200, 36 + round / 200);
        List<Callable<Reply>> uploads = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
          uploads.add(
              () ->
                  api.sendBytes("POST", "/api/v1/manage/assets", png, "Content-Type", "image/png")
                      .asReply());
        }
        List<Reply> replies = atOnce(pool, uploads);
        replies.forEach(r -> assertEquals(201, r.status(), r.body()));
        String hash = replies.get(0).json().getString("contentHash");
        replies.forEach(r -> assertEquals(hash, r.json().getString("contentHash")));
        try (var files = java.nio.file.Files.walk(SharedServer.assetStore())) {
          long copies = files.filter(p -> p.getFileName().toString().equals(hash)).count();
          assertEquals(1, copies, "round " + round + ": the bytes are stored once");
        }
        byte[] first = null;
        for (Reply r : replies) {
          BinaryReply file =
              api.getBytes(
                  "/api/v1/assets/"
                      + r.json().getString("id")
                      + "/"
                      + r.json().getString("fileName"));
          assertEquals(200, file.status(), "round " + round + ": " + file);
          assertEquals(r.json().getInt("size"), file.body().length, "round " + round);
          if (first != null) {
            assertArrayEquals(first, file.body(), "round " + round + ": every asset serves it");
          }
          first = file.body();
        }
        stored++;
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "concurrent uploads: %d attempts in %d rounds of %d, all 201, %d files stored (one per"
            + " round), %.1f s%n",
        rounds * EDITORS, rounds, EDITORS, stored, (System.nanoTime() - started) / 1e9);
  }
}
