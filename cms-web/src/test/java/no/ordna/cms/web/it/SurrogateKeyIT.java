package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publish;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestReceiver;
import no.ordna.cms.web.it.support.TestReceiver.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery answers name the surrogate keys they depend on ({@code Surrogate-Key}, {@code
 * Cache-Tag}), computed and cached ones alike; publishing and unpublishing send the configured
 * cache (here a loopback receiver standing in for Varnish) a purge of exactly the keys the change
 * makes stale.
 */
@ExtendWith(SharedServer.class)
class SurrogateKeyIT {

  private static Set<String> keys(Reply reply) {
    String header = reply.header("Surrogate-Key");
    assertTrue(header != null && !header.isBlank(), "no Surrogate-Key on " + reply);
    Set<String> keys = new TreeSet<>(Arrays.asList(header.split(" ")));
    assertEquals(keys, new TreeSet<>(Arrays.asList(reply.header("Cache-Tag").split(","))));
    return keys;
  }

  private static List<Received> purgesOf(String itemId) {
    return SharedServer.purges().received().stream()
        .filter(r -> r.method().equals("PURGE"))
        .filter(r -> String.valueOf(r.header("xkey-purge")).contains("item:" + itemId))
        .toList();
  }

  @Test
  void answersCarryTheirKeysAndAPublishPurgesExactlyThoseOfTheItem(Api admin) {
    String type = createEventType(admin);
    String id =
        createItem(admin, type, "nb", json("{\"title\": \"Nøkler\"}")).json().getString("id");
    publish(admin, id, "nb");
    TestReceiver purges = SharedServer.purges();
    purges.await("a purge for " + id, Duration.ofSeconds(20), list -> purgesOf(id).size() == 1);
    Received purge = purgesOf(id).get(0);
    assertEquals("/", purge.path());
    assertEquals("item:" + id + " type:" + type + " sitemap", purge.header("xkey-purge"));

    Api reader = admin.anonymous();
    for (int read = 0; read < 2; read++) {
      // the first read computes the answer, the second is served from the delivery cache
      Reply item = reader.get("/api/v1/content/" + type + "/" + id + "?locale=nb");
      assertEquals(200, item.status());
      Set<String> keys = keys(item);
      assertTrue(
          keys.containsAll(Set.of("item:" + id, "typedef:" + type, "locale:nb", "cms")),
          keys.toString());
      Reply list = reader.get("/api/v1/content/" + type + "?locale=nb");
      assertTrue(
          keys(list).containsAll(Set.of("item:" + id, "type:" + type, "locale:nb")),
          list.headers().toString());
    }
    // a reader of se gets the nb variant (fallback): the answer is in nb, and its keys say so
    Reply bySe = reader.get("/api/v1/content/" + type + "/" + id + "?locale=se");
    assertEquals("nb", bySe.header("Content-Language"));
    assertTrue(
        keys(bySe).containsAll(Set.of("item:" + id, "locale:nb")), bySe.headers().toString());
    Reply feed = reader.get("/api/v1/content/" + type + "/feed.atom?locale=nb");
    assertTrue(keys(feed).contains("type:" + type), feed.headers().toString());
    Reply sitemap = reader.get("/sitemap.xml");
    assertTrue(keys(sitemap).contains("sitemap"));

    Reply preview = admin.get("/api/v1/content/" + type + "/" + id + "?locale=nb&preview=true");
    assertEquals(200, preview.status());
    assertNull(preview.header("Surrogate-Key"));

    transition(admin, id, "nb", "unpublish");
    purges.await(
        "a second purge for " + id, Duration.ofSeconds(20), list -> purgesOf(id).size() == 2);
    assertEquals(
        "item:" + id + " type:" + type + " sitemap", purgesOf(id).get(1).header("xkey-purge"));
  }
}
