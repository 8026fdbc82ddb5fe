package no.ordna.cms.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.search.domain.IndexEntry;
import no.ordna.cms.search.domain.SearchQuery;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexOnDiskTest {

  private static final LocaleSettings LOCALES = LocaleSettings.defaults();

  @TempDir Path dir;

  private static void put(LuceneIndex index, String id, String title) {
    index.replaceItem(
        id, List.of(new IndexEntry(id, "article", "nb", id, title, "", Set.of("nb"))));
    index.refresh();
  }

  private static long hits(LuceneIndex index, String text) {
    return index
        .search(new SearchQuery(text, "nb", LOCALES.resolutionOrder("nb"), null, 10))
        .total();
  }

  @Test
  void aCommittedIndexOpensAgainWithItsDocumentsAndPosition() throws IOException {
    try (LuceneIndex index = LuceneIndex.onDisk(dir)) {
      assertEquals(OptionalLong.empty(), index.committedPosition(), "a new index has none");
      put(index, "a", "Konferanse i Tromsø");
      index.commit(42);
    }
    try (LuceneIndex index = LuceneIndex.onDisk(dir)) {
      assertEquals(OptionalLong.of(42), index.committedPosition());
      assertEquals(1, hits(index, "Tromsø"));
      index.clear();
      index.refresh();
      assertEquals(0, hits(index, "Tromsø"), "clear removes every document");
    }
  }

  @Test
  void anIndexStoredInAnotherFormatHasNoUsablePosition() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(
          java.util.Map.of("cms.format", "0", "cms.publication-log", "7").entrySet());
      writer.commit();
    }
    try (LuceneIndex index = LuceneIndex.onDisk(dir)) {
      assertEquals(OptionalLong.empty(), index.committedPosition());
    }
  }

  @Test
  void aSecondWriterOnTheSameDirectoryIsRefused() throws IOException {
    try (LuceneIndex first = LuceneIndex.onDisk(dir)) {
      assertTrue(first.onDisk());
      assertThrows(UncheckedIOException.class, () -> LuceneIndex.onDisk(dir).close());
    }
  }

  @Test
  void anIndexInMemoryHasNoPosition() {
    try (LuceneIndex index = new LuceneIndex()) {
      put(index, "a", "Konferanse");
      index.commit(5);
      assertEquals(OptionalLong.empty(), index.committedPosition());
    }
  }
}
