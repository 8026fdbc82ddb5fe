package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.publishedItem;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cursor pagination stays correct while other items are being published and republished. */
@ExtendWith(SharedServer.class)
class PaginationUnderPublishingIT {

  @Test
  void everyItemPresentAtTheStartIsSeenExactlyOnceWhilePublishingGoesOn(Api api) throws Exception {
    String type = createEventType(api);
    List<String> existing = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      existing.add(publishedItem(api, type, "nb", json("{\"title\": \"Eksisterende " + i + "\"}")));
    }
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 10; i++) {
                publishedItem(api, type, "nb", json("{\"title\": \"Ny " + i + "\"}"));
                transition(api, existing.get(i * 2), "nb", "publish");
              }
            });

    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String next = null;
    do {
      JsonObject page =
          api.anonymous()
              .get("/api/v1/content/" + type + "?limit=5" + (next == null ? "" : "&cursor=" + next))
              .json();
      page.getJsonArray("items")
          .forEach(
              v -> {
                String id = v.asJsonObject().getString("id");
                assertTrue(seen.add(id), "an item came twice: " + id);
                order.add(id);
              });
      next = page.isNull("next") ? null : page.getString("next");
      Thread.sleep(150);
    } while (next != null);
    publishing.get();

    assertTrue(
        seen.containsAll(existing),
        "items skipped: " + existing.stream().filter(e -> !seen.contains(e)).toList());
    assertEquals(existing.size(), existing.stream().filter(seen::contains).count());
  }
}
