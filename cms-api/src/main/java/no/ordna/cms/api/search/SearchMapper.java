package no.ordna.cms.api.search;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.MathContext;
import no.ordna.cms.search.domain.SearchHit;
import no.ordna.cms.search.domain.SearchResult;
import no.ordna.cms.shared.Jsons;

/**
 * The wire shape of a search answer: {@code {"q", "requestedLocale", "total", "items": [{"id",
 * "type", "locale", "fallback", "title", "slug", "score", "snippet"}]}}; scores keep four
 * significant digits and only compare hits of one answer; {@code slug} is null for items without
 * one.
 */
public final class SearchMapper {

  private static final MathContext SCORE_DIGITS = new MathContext(4);

  private SearchMapper() {}

  public static JsonObject toJson(SearchResult result) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    result.hits().forEach(hit -> items.add(hit(hit)));
    return Jsons.createObjectBuilder()
        .add("q", result.q())
        .add("requestedLocale", result.requestedLocale())
        .add("total", result.total())
        .add("items", items)
        .build();
  }

  private static JsonObject hit(SearchHit hit) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", hit.id())
            .add("type", hit.type())
            .add("locale", hit.locale())
            .add("fallback", hit.fallback())
            .add("title", hit.title());
    if (hit.slug() == null) {
      json.addNull("slug");
    } else {
      json.add("slug", hit.slug());
    }
    return json.add("score", new BigDecimal(Float.toString(hit.score())).round(SCORE_DIGITS))
        .add("snippet", hit.snippet())
        .build();
  }
}
