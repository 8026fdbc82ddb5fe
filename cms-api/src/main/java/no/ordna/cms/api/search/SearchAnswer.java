package no.ordna.cms.api.search;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search answer: the query, the locale asked for, the number of hits and the best ones. */
@Schema(description = "The total number of hits and the best ones")
@JsonbPropertyOrder({"q", "requestedLocale", "total", "items"})
public record SearchAnswer(
    @Schema(description = "The words searched for") String q,
    @Schema(description = "The locale asked for (or taken from Accept-Language)")
        String requestedLocale,
    @Schema(description = "How many items match") int total,
    List<Hit> items) {

  /** One hit: an item in the best locale it is published in. */
  @Schema(name = "SearchHit", description = "An item in the best locale it is published in")
  @JsonbPropertyOrder({"id", "type", "locale", "fallback", "title", "slug", "score", "snippet"})
  public record Hit(
      @Schema(format = "uuid") String id,
      @Schema(description = "Content type key") String type,
      @Schema(description = "The locale of the hit") String locale,
      @Schema(description = "true when that is not the locale asked for") boolean fallback,
      String title,
      @JsonbNillable @Schema(nullable = true, description = "null for items without a slug")
          String slug,
      @Schema(description = "Four significant digits; compares hits of one answer only")
          BigDecimal score,
      @Schema(description = "Text around the matching words") String snippet) {}
}
