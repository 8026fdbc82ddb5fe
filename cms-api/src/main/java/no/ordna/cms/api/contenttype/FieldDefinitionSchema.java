package no.ordna.cms.api.contenttype;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of one field of a type, for the OpenAPI document only: field definitions go
 * over the wire as JSON objects, because the options beside the common members depend on the
 * field's type.
 */
@Schema(
    name = "FieldDefinition",
    description =
        "One field: key, type, localized, required, label per locale, fallback (localized fields),"
            + " default, and the options of its type beside them (maxLength, allowedTypes,"
            + " itemType, multiple, blocks …)",
    additionalProperties = Schema.True.class)
public record FieldDefinitionSchema(
    @Schema(required = true, example = "title") String key,
    @Schema(
            required = true,
            description =
                "text, richtext, number, boolean, date, datetime, slug, reference, asset, list,"
                    + " tags, blocks …")
        String type,
    @Schema(required = true, description = "One value per locale variant, or one per item")
        boolean localized,
    @Schema(required = true) boolean required,
    @Schema(description = "The label per locale") Map<String, String> label,
    @Schema(description = "Localized fields: whether delivery falls back to another locale")
        Boolean fallback) {}
