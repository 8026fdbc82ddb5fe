package no.ordna.cms.api.translation;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translation variant: its revision and state, and the source revision it was made from. */
@Schema(
    name = "TranslationState",
    description = "A translation variant: its revision and state, and its source revision")
@JsonbPropertyOrder({
  "revision",
  "status",
  "etag",
  "updatedAt",
  "updatedBy",
  "translatedFromRevision",
  "title",
  "fields"
})
public record TranslationStateView(
    @Schema(required = true) int revision,
    @Schema(required = true, description = "The variant's workflow status") String status,
    @Schema(required = true, description = "Send as If-Match to save the variant") String etag,
    @Schema(required = true, format = "date-time") String updatedAt,
    @Schema(required = true) String updatedBy,
    @Schema(description = "The source revision it was translated from")
        Integer translatedFromRevision,
    String title,
    @Schema(
            type = SchemaType.OBJECT,
            additionalProperties = Schema.True.class,
            description =
                "The desk only: its localized values, by field key (free-form: the content"
                    + " type's fields)")
        JsonObject fields) {}
