package no.ordna.cms.api.content;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new item: its type, first locale and field values. */
@Schema(description = "A new item with its first locale variant; unknown members are refused")
public record CreateItemRequest(
    @Schema(required = true, description = "Content type key", example = "article") String type,
    @Schema(required = true, description = "The first variant's locale", example = "nb")
        String locale,
    @Schema(
            description = "Field values by field key (localized and shared); free-form",
            additionalProperties = Schema.True.class)
        JsonObject fields) {}
