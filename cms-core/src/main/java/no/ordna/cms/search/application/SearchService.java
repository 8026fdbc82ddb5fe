package no.ordna.cms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;

/** Searches published content: checks the request, then asks this instance's index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

  @Inject SearchIndexer indexer;
  @Inject LocaleService locales;
  @Inject ContentTypeService types;
  @Inject SearchSettings settings;

  /** The request's query parameters and the reader's languages; 400 for a bad parameter. */
  public SearchResult search(Map<String, List<String>> params, LanguagePreferences languages) {
    SearchQuery query =
        SearchRequestParser.parse(
            params,
            languages,
            locales.settings(),
            key ->
                TypeKey.parse(key).flatMap(k -> types.definition(TypeKind.CONTENT, k)).isPresent());
    return indexer.search(query);
  }

  /** The {@code Cache-Control} of search answers. */
  public String cacheControl() {
    return settings.cacheControl();
  }
}
