package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved revision of a variant in brief: who saved it, when and why. */
@Schema(description = "A saved revision: who, when and why")
@JsonbPropertyOrder({"number", "locale", "createdAt", "createdBy", "comment"})
public record RevisionSummary(
    int number,
    String locale,
    @Schema(format = "date-time") String createdAt,
    String createdBy,
    @Schema(description = "The save's comment, when given") String comment) {}
