package no.ordna.cms.api.content;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a variant with the localized and shared values it had. */
@Schema(description = "One revision with its localized and shared values")
@JsonbPropertyOrder({"number", "locale", "createdAt", "createdBy", "comment", "fields", "shared"})
public record RevisionView(
    int number,
    String locale,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(description = "The save's comment, when given") String comment,
    @Schema(description = "Localized values, by field key; free-form") JsonObject fields,
    @Schema(description = "Shared values, by field key; free-form") JsonObject shared) {}
