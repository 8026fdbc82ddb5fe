package no.ordna.cms.api.content;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One locale variant. Read on its own it also names its item ({@code itemId}, {@code type}) and
 * carries the item's {@code shared} values and the editing {@code lock}, if someone holds it.
 */
@Schema(
    description =
        "A locale variant: its workflow state, publication, schedule and localized values."
            + " itemId, type, shared and lock only when the variant is read on its own")
@JsonbPropertyOrder({
  "itemId",
  "type",
  "locale",
  "status",
  "title",
  "slug",
  "revision",
  "etag",
  "published",
  "firstPublishedAt",
  "schedule",
  "sourceLocale",
  "sourceRevision",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "fields",
  "shared",
  "lock"
})
public record VariantView(
    @Schema(format = "uuid", description = "Only when read on its own") String itemId,
    @Schema(description = "Content type key; only when read on its own") String type,
    @Schema(example = "nb") String locale,
    @Schema(
            description = "Workflow status",
            enumeration = {
              "draft",
              "in_review",
              "changes_requested",
              "approved",
              "published",
              "unpublished",
              "archived"
            })
        String status,
    @Schema(description = "From the type's title field, when it has a value") String title,
    @Schema(description = "When the type has a slug field") String slug,
    @Schema(description = "The current revision number") int revision,
    @Schema(description = "The variant's ETag, for If-Match", example = "\"v2.1\"") String etag,
    @JsonbNillable
        @Schema(nullable = true, description = "What front ends see; null when not published")
        PublishedState published,
    @Schema(format = "date-time", description = "When first published (kept across unpublishing)")
        String firstPublishedAt,
    @JsonbNillable
        @Schema(nullable = true, description = "A scheduled publish or unpublish, or null")
        ScheduleView schedule,
    @Schema(description = "For a translation: the locale it was translated from")
        String sourceLocale,
    @Schema(description = "For a translation: the source's revision it was translated from")
        Integer sourceRevision,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(format = "date-time") String updatedAt,
    String updatedBy,
    @Schema(description = "Localized field values, by field key; free-form (as the type defines)")
        JsonObject fields,
    @Schema(description = "The item's shared values; only when read on its own") JsonObject shared,
    @Schema(description = "The editing lock, when someone holds it; only when read on its own")
        LockView lock) {

  /** The same variant with the editing lock someone holds. */
  public VariantView withLock(LockView lock) {
    return new VariantView(
        itemId,
        type,
        locale,
        status,
        title,
        slug,
        revision,
        etag,
        published,
        firstPublishedAt,
        schedule,
        sourceLocale,
        sourceRevision,
        createdAt,
        createdBy,
        updatedAt,
        updatedBy,
        fields,
        shared,
        lock);
  }
}
