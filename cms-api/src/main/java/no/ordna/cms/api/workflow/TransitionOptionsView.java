package no.ordna.cms.api.workflow;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A variant's workflow state and the transitions open to it and to the caller. */
@Schema(description = "A variant's workflow status and the transitions it allows now")
@JsonbPropertyOrder({"status", "allowed", "permitted"})
public record TransitionOptionsView(
    @Schema(description = "The variant's workflow status", example = "draft") String status,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "The actions the variant's state allows")
        List<String> allowed,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Those of them the caller's role, types and locales let them take")
        List<String> permitted) {}
