package no.ordna.cms.api.search;

import java.math.BigDecimal;
import java.math.MathContext;
import no.ordna.cms.search.domain.SearchHit;
import no.ordna.cms.search.domain.SearchResult;

/**
 * The wire shape of a search answer: {@code {"q", "requestedLocale", "total", "items": [{"id",
 * "type", "locale", "fallback", "title", "slug", "score", "snippet"}]}}; scores keep four
 * significant digits and only compare hits of one answer; {@code slug} is null for items without
 * one.
 */
public final class SearchMapper {

  private static final MathContext SCORE_DIGITS = new MathContext(4);

  private SearchMapper() {}

  public static SearchAnswer answer(SearchResult result) {
    return new SearchAnswer(
        result.q(),
        result.requestedLocale(),
        Math.toIntExact(result.total()),
        result.hits().stream().map(SearchMapper::hit).toList());
  }

  private static SearchAnswer.Hit hit(SearchHit hit) {
    return new SearchAnswer.Hit(
        hit.id(),
        hit.type(),
        hit.locale(),
        hit.fallback(),
        hit.title(),
        hit.slug(),
        new BigDecimal(Float.toString(hit.score())).round(SCORE_DIGITS),
        hit.snippet());
  }
}
