package no.ordna.cms.api.translation;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items of a target locale's queue have each status. */
@Schema(
    name = "TranslationCounts",
    description = "How many items of a target locale's queue have each status")
@JsonbPropertyOrder({"locale", "counts", "total"})
public record TranslationCountsView(
    @Schema(required = true) String locale,
    @Schema(required = true) Counts counts,
    @Schema(required = true) long total) {

  /** The count per status. */
  @Schema(name = "TranslationStatusCounts", description = "The count per status")
  @JsonbPropertyOrder({"missing", "outdated", "inProgress", "done"})
  public record Counts(
      @Schema(required = true) long missing,
      @Schema(required = true) long outdated,
      @Schema(name = "in_progress", required = true) @JsonbProperty("in_progress") long inProgress,
      @Schema(required = true) long done) {}
}
