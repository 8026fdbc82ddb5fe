package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Searches.awaitSearch;
import static no.ordna.cms.web.it.support.Searches.ids;
import static no.ordna.cms.web.it.support.Searches.marker;
import static no.ordna.cms.web.it.support.Searches.publishArticle;
import static no.ordna.cms.web.it.support.Searches.q;
import static no.ordna.cms.web.it.support.Searches.total;
import static no.ordna.cms.web.it.support.Searches.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A search index kept on disk ({@code CMS_SEARCH_INDEX_DIR}): an instance stopped while others
 * publish and unpublish starts again from its stored index and reads only the publication log after
 * the stored position — and then finds what was published meanwhile and no longer finds what was
 * unpublished.
 */
@ExtendWith(SharedServer.class)
class SearchIndexOnDiskIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aRestartedInstanceCatchesUpFromItsStoredIndexAndThePublicationLog(
      Api api, SharedServer.Info info) throws Exception {
    String m = marker();
    String before = publishArticle(api, "nb", "{\"title\": \"Lagret %s\"}".formatted(m));
    TestDatabase database = TestDatabase.get();
    Path indexDir = CmsServer.workDir().resolve("search-on-disk-index");
    try (CmsServer peer =
        CmsServer.start(
            "search-on-disk",
            Map.of(
                "CMS_DB_URL",
                info.jdbcUrl(),
                "CMS_DB_USER",
                database.user(),
                "CMS_DB_PASSWORD",
                database.password(),
                "CMS_SEARCH_INDEX_DIR",
                indexDir.toString(),
                "CMS_SEARCH_COMMIT_INTERVAL",
                "PT1S"))) {
      Api other = new Api(peer.base(), null);
      Reply built = awaitSearch(other, q(m), total(1), WAIT);
      assertEquals(List.of(before), ids(built), built.body());
      assertTrue(peer.logText().contains("Search index built:"), "first start: a full build");
      long stored = awaitStoredPosition(indexDir, WAIT);
      assertTrue(stored > 0, "the stored index names a publication log position");

      peer.stop();
      String during = publishArticle(api, "nb", "{\"title\": \"Mens nede %s\"}".formatted(m));
      transition(api, before, "nb", "unpublish");
      int logLength = peer.logText().length();

      peer.restart();
      Reply caughtUp = awaitSearch(other, q(m), total(1), WAIT);
      assertEquals(List.of(during), ids(caughtUp), caughtUp.body());
      String restartLog = peer.logText().substring(logLength);
      // (other tests' publications may have moved the stored position on since it was read)
      assertTrue(
          restartLog.contains("Search index caught up from publication log position "),
          "the restart read the log after the stored position instead of building again");
      assertTrue(!restartLog.contains("Search index built:"), "no full build on the restart");
    }
  }

  /** Waits (bounded) until the index directory holds a commit with a publication log position. */
  private static long awaitStoredPosition(Path dir, Duration wait) throws Exception {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(dir)) {
        try (FSDirectory directory = FSDirectory.open(dir)) {
          String position =
              SegmentInfos.readLatestCommit(directory).getUserData().get("cms.publication-log");
          if (position != null) {
            return Long.parseLong(position);
          }
        } catch (IOException notYet) {
          // no commit yet
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no commit with a publication log position in " + dir);
  }
}
