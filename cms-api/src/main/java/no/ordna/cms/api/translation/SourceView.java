package no.ordna.cms.api.translation;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The source variant of a translation. */
@Schema(name = "TranslationSource", description = "The variant a translation is made from")
@JsonbPropertyOrder({"locale", "revision", "title", "firstPublishedAt", "fields"})
public record SourceView(
    @Schema(required = true) String locale,
    @Schema(required = true, description = "Its current revision") int revision,
    String title,
    @Schema(format = "date-time") String firstPublishedAt,
    @Schema(
            type = SchemaType.OBJECT,
            additionalProperties = Schema.True.class,
            description =
                "The desk only: its localized values, by field key (free-form: the content"
                    + " type's fields)")
        JsonObject fields) {}
