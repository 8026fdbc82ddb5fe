package no.ordna.cms.search.domain;

import java.util.List;

/** The answer to a {@link SearchQuery}: how many items match in all, and the best ones, ranked. */
public record SearchResult(String q, String requestedLocale, long total, List<SearchHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
