package no.ordna.cms.api.content;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one field differs between two revisions. */
@Schema(description = "How one field differs; parts for rich text (paragraphs) and blocks")
@JsonbPropertyOrder({"field", "change", "before", "after", "parts"})
public record FieldChangeView(
    @Schema(description = "Field key") String field,
    @Schema(enumeration = {"added", "removed", "changed"}) String change,
    @JsonbNillable @Schema(nullable = true, description = "The value before; any JSON value")
        JsonValue before,
    @JsonbNillable @Schema(nullable = true, description = "The value after; any JSON value")
        JsonValue after,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = PartChangeView.class,
            description = "The changed paragraphs or blocks, when the field has parts")
        List<PartChangeView> parts) {}
