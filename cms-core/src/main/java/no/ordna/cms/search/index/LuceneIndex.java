package no.ordna.cms.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * An in-memory Lucene index of published content: one document per published locale of an item,
 * replaced per item as a whole. Writes ({@link #replaceItem}, {@link #removeType}) are meant for
 * one thread at a time and become visible to searches together at {@link #refresh()}; searches may
 * run on any number of threads meanwhile and see the state of the last refresh.
 */
public final class LuceneIndex implements AutoCloseable {

  private final LocaleAnalysis analysis = new LocaleAnalysis();
  private final QueryBuilder queries = new QueryBuilder(analysis);
  private final Snippets snippets = new Snippets(analysis);
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public LuceneIndex() {
    try {
      // Merges run on the writing thread: no threads of Lucene's own in the application server.
      IndexWriterConfig config =
          new IndexWriterConfig(analysis.perField())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setMergeScheduler(new SerialMergeScheduler());
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
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
