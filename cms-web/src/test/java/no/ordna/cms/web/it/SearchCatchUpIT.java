package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Searches.awaitSearch;
import static no.ordna.cms.web.it.support.Searches.ids;
import static no.ordna.cms.web.it.support.Searches.marker;
import static no.ordna.cms.web.it.support.Searches.publishArticle;
import static no.ordna.cms.web.it.support.Searches.q;
import static no.ordna.cms.web.it.support.Searches.total;
import static no.ordna.cms.web.it.support.Searches.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances on one database, without a data grid between them: a second instance finds what was
 * published before it started (its start-up build), and follows what is published and unpublished
 * on the first one afterwards through the publication log (polled every 2 s).
 */
@ExtendWith(SharedServer.class)
class SearchCatchUpIT {

  private static final Duration CATCH_UP = Duration.ofSeconds(15);

  @Test
  void anotherInstanceCatchesUpThroughThePublicationLog(Api api, SharedServer.Info info) {
    String m = marker();
    String before = publishArticle(api, "nb", "{\"title\": \"Før oppstart %s\"}".formatted(m));
    TestDatabase database = TestDatabase.get();
    try (CmsServer peer =
        CmsServer.start(
            "search-peer",
            Map.of(
                "CMS_DB_URL",
                info.jdbcUrl(),
                "CMS_DB_USER",
                database.user(),
                "CMS_DB_PASSWORD",
                database.password()))) {
      Api other = new Api(peer.base(), null);
      Reply built = awaitSearch(other, q(m), total(1), CATCH_UP);
      assertEquals(List.of(before), ids(built), built.body());

      String after = publishArticle(api, "nb", "{\"title\": \"Etter oppstart %s\"}".formatted(m));
      Reply followed = awaitSearch(other, q(m), total(2), CATCH_UP);
      assertEquals(2, followed.json().getInt("total"), followed.body());

      transition(api, before, "nb", "unpublish");
      Reply unpublished = awaitSearch(other, q(m), total(1), CATCH_UP);
      assertEquals(List.of(after), ids(unpublished), unpublished.body());
    }
  }
}
