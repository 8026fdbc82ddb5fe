package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.fields;
import static no.ordna.cms.web.it.support.Fixtures.itemEtag;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publishedItem;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list in a locale with fallback mixes the items' own variants with variants of the locales it
 * falls back to: one order over both, each item once in its best locale, page after page.
 */
@ExtendWith(SharedServer.class)
class FallbackListIT {

  @Test
  void aFallbackListIsOneOrderOverItsLocalesAcrossCursorPages(Api api) {
    String type = createEventType(api);
    // Published in this order: A nb, B nb, B se, C nb, D nb, E nb, D se. In se (falling back to
    // nb), by publication time: A (nb), B (se), C (nb), E (nb), D (se).
    String a = publishedItem(api, type, "nb", json("{\"title\": \"A\"}"));
    String b = publishedItem(api, type, "nb", json("{\"title\": \"B\"}"));
    publishSe(api, b, "B se");
    String c = publishedItem(api, type, "nb", json("{\"title\": \"C\"}"));
    String d = publishedItem(api, type, "nb", json("{\"title\": \"D\"}"));
    String e = publishedItem(api, type, "nb", json("{\"title\": \"E\"}"));
    publishSe(api, d, "D se");

    List<String> expected = List.of(a + " nb", b + " se", c + " nb", e + " nb", d + " se");
    String list = "/api/v1/content/" + type + "?locale=se&limit=2&sort=";
    assertEquals(expected, walk(api, list + "publishedAt"));
    List<String> newestFirst = new ArrayList<>(expected);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, walk(api, list + "-publishedAt"));
  }

  private static void publishSe(Api api, String id, String title) {
    Reply saved =
        api.put(
            "/api/v1/manage/items/" + id + "/variants/se",
            fields(json("{\"title\": \"" + title + "\"}")),
            "If-Match",
            itemEtag(api, id));
    assertTrue(saved.status() == 200 || saved.status() == 201, saved.body());
    transition(api, id, "se", "publish");
  }

  /** Every item of every page, following {@code next}, as "id locale". */
  private static List<String> walk(Api api, String first) {
    List<String> seen = new ArrayList<>();
    String path = first;
    for (int page = 0; page < 10; page++) {
      Reply reply = api.anonymous().get(path);
      assertEquals(200, reply.status(), reply.body());
      for (JsonObject item : reply.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
        seen.add(item.getString("id") + " " + item.getString("locale"));
      }
      if (reply.json().isNull("next") || !reply.json().containsKey("next")) {
        return seen;
      }
      path =
          first
              + "&cursor="
              + URLEncoder.encode(reply.json().getString("next"), StandardCharsets.UTF_8);
    }
    throw new AssertionError("more than 10 pages: " + seen);
  }
}
