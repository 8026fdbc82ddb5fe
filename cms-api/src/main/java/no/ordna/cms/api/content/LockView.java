package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who holds a variant's advisory editing lock. */
@Schema(description = "The advisory editing lock of a variant")
@JsonbPropertyOrder({"holder", "since", "expiresAt"})
public record LockView(
    @Schema(description = "User name of the editor holding it") String holder,
    @Schema(format = "date-time") String since,
    @Schema(format = "date-time", description = "Unless renewed") String expiresAt) {}
