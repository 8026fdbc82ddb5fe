package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.Varnish;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real Varnish on loopback in front of the delivery API, with the VCL the README documents: it
 * serves public answers from its cache, and a publish purges them by surrogate key, so the cached
 * answer changes at once instead of after {@code max-age} (60 s). Skipped, with a message, where
 * Debian's {@code varnish} and {@code varnish-modules} are not installed ({@code .ci/run} installs
 * them).
 */
@ExtendWith(SharedServer.class)
class VarnishIT {

  private static boolean hit(Reply reply) {
    // Varnish names two transactions in X-Varnish on a hit: this request's and the cached one's
    return reply.header("X-Varnish") != null && reply.header("X-Varnish").trim().contains(" ");
  }

  /**
   * Waits until the purge of the item's publish has gone out to the test receiver, which gets it
   * from the same outbox event as Varnish.
   */
  private static void awaitPurgeOf(String itemId) throws InterruptedException {
    SharedServer.purges()
        .await(
            "the purge of " + itemId,
            Duration.ofSeconds(20),
            list ->
                list.stream()
                    .anyMatch(
                        r ->
                            r.method().equals("PURGE")
                                && String.valueOf(r.header("xkey-purge"))
                                    .contains("item:" + itemId)));
  }

  @Test
  void aCachedAnswerChangesSoonAfterPublishing(Api admin) throws Exception {
    Assumptions.assumeTrue(
        Varnish.installed(),
        "varnishd is not installed (Debian: apt-get install varnish varnish-modules): skipped");
    Varnish varnish =
        SharedServer.varnish()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "varnishd is installed but did not start; see target/it/varnish.log"));
    Api reader = new Api(URI.create(varnish.url()), null);
    String type = createEventType(admin);
    String id = createItem(admin, type, "nb", json("{\"title\": \"Før\"}")).json().getString("id");
    publish(admin, id, "nb");
    // the publish's purge goes out after the commit, from the outbox: had it reached Varnish
    // after the first read below, it would rightly empty the entry that read had made
    awaitPurgeOf(id);
    String item = "/api/v1/content/" + type + "/" + id + "?locale=nb";
    String list = "/api/v1/content/" + type + "?locale=nb";

    Reply first = reader.get(item);
    assertEquals(200, first.status(), first.toString());
    assertTrue(first.body().contains("\"Før\""));
    assertEquals(200, reader.get(list).status());
    // the copy of the purge for Varnish may still be on its way: a read it empties is read again
    Reply second = reader.get(item);
    for (int i = 0; i < 50 && !hit(second); i++) {
      Thread.sleep(100);
      second = reader.get(item);
    }
    assertTrue(hit(second), "a later read is served from Varnish: " + second.headers());
    Reply secondList = reader.get(list);
    for (int i = 0; i < 50 && !hit(secondList); i++) {
      Thread.sleep(100);
      secondList = reader.get(list);
    }
    assertTrue(hit(secondList), "a later list read is served from Varnish");

    String etag = admin.get("/api/v1/manage/items/" + id).etag();
    assertEquals(
        200,
        admin
            .put(
                "/api/v1/manage/items/" + id + "/variants/nb",
                fields(json("{\"title\": \"Etter\"}")),
                "If-Match",
                etag)
            .status());
    publish(admin, id, "nb");
    long published = System.nanoTime();
    Reply fresh = reader.get(item);
    // the purge goes out right after the commit; max-age alone would keep "Før" for 60 s
    while (!fresh.body().contains("\"Etter\"") && System.nanoTime() - published < 10_000_000_000L) {
      Thread.sleep(20);
      fresh = reader.get(item);
    }
    long millis = (System.nanoTime() - published) / 1_000_000;
    System.out.println("VarnishIT: publish -> fresh answer at Varnish after " + millis + " ms");
    assertTrue(fresh.body().contains("\"Etter\""), "still the old answer: " + fresh.body());
    Reply freshList = reader.get(list);
    assertTrue(freshList.body().contains("\"Etter\""), freshList.body());
    Reply cachedAgain = reader.get(item);
    assertTrue(hit(cachedAgain) && cachedAgain.body().contains("\"Etter\""));
  }
}
