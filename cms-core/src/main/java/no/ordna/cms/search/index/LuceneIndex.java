package no.ordna.cms.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import no.ordna.cms.search.domain.IndexEntry;
import no.ordna.cms.search.domain.SearchHit;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of published content: one document per published locale of an item, replaced per
 * item as a whole. Writes ({@link #replaceItem}, {@link #removeType}) are meant for one thread at a
 * time and become visible to searches together at {@link #refresh()}; searches may run on any
 * number of threads meanwhile and see the state of the last refresh.
 *
 * <p>In memory ({@link #LuceneIndex()}), or in a directory on disk ({@link #onDisk}), where {@link
 * #commit} stores it together with the publication log position it is complete up to, so that a
 * restart reads only the log entries after that position instead of every published item.
 */
public final class LuceneIndex implements AutoCloseable {

  /**
   * The layout of the documents and the analysis they were made with. A stored index of another
   * format is not used (it is built again): change this whenever {@link IndexDocuments} or {@link
   * LocaleAnalysis} change what is indexed.
   */
  static final String FORMAT = "1";

  private static final String FORMAT_KEY = "cms.format";
  private static final String POSITION_KEY = "cms.publication-log";

  private final LocaleAnalysis analysis = new LocaleAnalysis();
  private final QueryBuilder queries = new QueryBuilder(analysis);
  private final Snippets snippets = new Snippets(analysis);
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean onDisk;

  /** An empty index in memory. */
  public LuceneIndex() {
    this(new ByteBuffersDirectory(), IndexWriterConfig.OpenMode.CREATE, false);
  }

  /**
   * The index stored in {@code dir} (created when there is none). Fails when another process holds
   * the directory's lock.
   */
  public static LuceneIndex onDisk(Path dir) throws IOException {
    return new LuceneIndex(
        FSDirectory.open(dir), IndexWriterConfig.OpenMode.CREATE_OR_APPEND, true);
  }

  private LuceneIndex(Directory directory, IndexWriterConfig.OpenMode mode, boolean onDisk) {
    this.directory = directory;
    this.onDisk = onDisk;
    try {
      // Merges run on the writing thread: no threads of Lucene's own in the application server.
      IndexWriterConfig config =
          new IndexWriterConfig(analysis.perField())
              .setOpenMode(mode)
              .setMergeScheduler(new SerialMergeScheduler());
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      try {
        directory.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the index is kept on disk. */
  public boolean onDisk() {
    return onDisk;
  }

  /**
   * The publication log position the stored index is complete up to, when it was committed in this
   * {@link #FORMAT}; empty for a new index, one in memory, or one of another format.
   */
  public OptionalLong committedPosition() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    String position = data.get(POSITION_KEY);
    if (!onDisk || position == null || !FORMAT.equals(data.get(FORMAT_KEY))) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(position));
  }

  /** Removes every document (before a build from scratch). */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores the index as it is now (on disk), as complete up to the publication log position {@code
   * position}: every change up to it has been written.
   */
  public void commit(long position) {
    if (!onDisk) {
      return;
    }
    try {
      writer.setLiveCommitData(
          Map.of(FORMAT_KEY, FORMAT, POSITION_KEY, Long.toString(position)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces every document of the item by these entries (none: the item is gone). */
  public void replaceItem(String itemId, List<IndexEntry> entries) {
    try {
      Term item = new Term(IndexFields.ITEM, itemId);
      if (entries.isEmpty()) {
        writer.deleteDocuments(item);
      } else {
        writer.updateDocuments(item, entries.stream().map(IndexDocuments::of).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every document of a content type (before its items are indexed again). */
  public void removeType(String typeKey) {
    try {
      writer.deleteDocuments(new Term(IndexFields.TYPE, typeKey));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the writes so far visible to searches, all at once. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents searches see. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  public SearchResult search(SearchQuery query) {
    Optional<Query> lucene = queries.build(query);
    if (lucene.isEmpty()) {
      return new SearchResult(query.text(), query.requestedLocale(), 0, List.of());
    }
    return withSearcher(
        searcher -> {
          // One pass: the best hits and the exact number of all of them.
          TopDocs top =
              searcher.search(
                  lucene.get(), new TopScoreDocCollectorManager(query.limit(), Integer.MAX_VALUE));
          long total = top.totalHits.value;
          StoredFields stored = searcher.storedFields();
          Map<Family, QueryTerms> terms = new EnumMap<>(Family.class);
          List<SearchHit> hits = new ArrayList<>();
          for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = stored.document(scoreDoc.doc);
            String locale = doc.get(IndexFields.LOCALE);
            Family family = Family.of(locale);
            QueryTerms words =
                terms.computeIfAbsent(
                    family,
                    f ->
                        new QueryTerms(
                            queries.terms(f, false, query.text()),
                            queries.terms(f, true, query.text())));
            hits.add(
                new SearchHit(
                    doc.get(IndexFields.ITEM),
                    doc.get(IndexFields.TYPE),
                    locale,
                    !locale.equals(query.requestedLocale()),
                    doc.get(IndexFields.DISPLAY_TITLE),
                    doc.get(IndexFields.SLUG),
                    scoreDoc.score,
                    snippets.of(
                        doc.get(IndexFields.EXCERPT), family, words.exact(), words.folded())));
          }
          return new SearchResult(query.text(), query.requestedLocale(), total, hits);
        });
  }

  /** The query's terms as one family's exact and folded analysers see them. */
  private record QueryTerms(Set<String> exact, Set<String> folded) {}

  private interface SearcherTask<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherTask<T> task) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return task.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
