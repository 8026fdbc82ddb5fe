package no.ordna.cms.api.contenttype;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change between two versions of a definition, or a migration of stored content. */
@Schema(
    name = "DefinitionChange",
    description = "One change between two versions of a definition, or a migration it applied")
@JsonbPropertyOrder({"change", "field", "detail"})
public record DefinitionChangeView(
    @Schema(
            required = true,
            description =
                "created, field_added, field_removed, field_type_changed,"
                    + " field_localization_changed, field_made_required, field_options_changed,"
                    + " fields_reordered, type_properties_changed, migration")
        String change,
    @Schema(description = "The field concerned") String field,
    @Schema(description = "What exactly changed") String detail) {}
