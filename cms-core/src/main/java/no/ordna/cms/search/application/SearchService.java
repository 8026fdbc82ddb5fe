package no.ordna.cms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;

/** Searches published content: asks this instance's index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

  @Inject SearchIndexer indexer;
  @Inject SearchSettings settings;

  /** The hits of a checked query (parsed at the edge); 503 while the index is being built. */
  public SearchResult search(SearchQuery query) {
    return indexer.search(query);
  }

  /** The {@code Cache-Control} of search answers. */
  public String cacheControl() {
    return settings.cacheControl();
  }
}
