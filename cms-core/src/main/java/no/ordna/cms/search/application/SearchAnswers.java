package no.ordna.cms.search.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;

/**
 * The answers of recent searches, kept until the index next changes: a popular query costs one
 * search per index change instead of one per request.
 *
 * <p>Never stale: the indexer calls {@link #indexChanged()} after each refresh of the index, which
 * numbers a new generation and then empties the cache. A search notes the generation before it asks
 * the index, and its answer is kept only if the generation is still the same after it was stored
 * (if the index changed meanwhile, the answer is taken out again): so every kept answer was
 * computed from the index as it is now.
 */
final class SearchAnswers {

  private final Cache<SearchQuery, SearchResult> answers;
  private final AtomicLong generation = new AtomicLong();

  SearchAnswers(long maxEntries) {
    answers = Caffeine.newBuilder().maximumSize(maxEntries).build();
  }

  /** The kept answer to the query, or the one {@code search} gives (kept when still current). */
  SearchResult answer(SearchQuery query, Function<SearchQuery, SearchResult> search) {
    SearchResult kept = answers.getIfPresent(query);
    if (kept != null) {
      return kept;
    }
    long before = generation.get();
    SearchResult result = search.apply(query);
    if (generation.get() == before) {
      answers.put(query, result);
      if (generation.get() != before) {
        answers.asMap().remove(query, result);
      }
    }
    return result;
  }

  /** The index changed: no kept answer may be served any more. */
  void indexChanged() {
    generation.incrementAndGet();
    answers.invalidateAll();
  }

  long size() {
    answers.cleanUp();
    return answers.estimatedSize();
  }
}
