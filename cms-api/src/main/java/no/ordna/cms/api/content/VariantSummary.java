package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A variant in brief, in the item list. */
@Schema(description = "A variant in brief")
@JsonbPropertyOrder({
  "status",
  "revision",
  "updatedAt",
  "updatedBy",
  "translationOutdated",
  "sourceLocale",
  "title",
  "slug"
})
public record VariantSummary(
    String status,
    int revision,
    @Schema(format = "date-time") String updatedAt,
    String updatedBy,
    @Schema(description = "Its source changed after it was translated") boolean translationOutdated,
    @Schema(description = "For a translation: the locale it was translated from")
        String sourceLocale,
    String title,
    String slug) {}
