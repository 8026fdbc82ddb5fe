package no.ordna.cms.api.contenttype;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a type's definition and the changes that made it. */
@Schema(
    name = "ContentTypeVersion",
    description = "One version of a type's definition and the changes that made it")
@JsonbPropertyOrder({"version", "createdAt", "createdBy", "changes", "definition"})
public record TypeVersionView(
    @Schema(required = true) int version,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(required = true) String createdBy,
    @Schema(type = SchemaType.ARRAY, implementation = DefinitionChangeView.class, required = true)
        List<DefinitionChangeView> changes,
    @Schema(
            required = true,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description =
                "The definition as it was: key, name, description, titleField, reviewRequired,"
                    + " urlPattern, previewUrl, fields",
            additionalProperties = Schema.True.class)
        JsonObject definition) {}
