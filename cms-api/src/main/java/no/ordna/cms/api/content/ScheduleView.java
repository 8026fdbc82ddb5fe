package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scheduled publish and/or unpublish of a variant. Nillable on the class so that a variant says
 * {@code "schedule": null} (Yasson takes the nillability of an object-typed property from its
 * type); its own times are left out when not set.
 */
@JsonbNillable
@Schema(description = "A scheduled publish and/or unpublish; at least one of the times is given")
@JsonbPropertyOrder({"scheduledBy", "publishAt", "unpublishAt"})
public record ScheduleView(
    String scheduledBy,
    @JsonbNillable(false) @Schema(format = "date-time") String publishAt,
    @JsonbNillable(false) @Schema(format = "date-time") String unpublishAt) {}
