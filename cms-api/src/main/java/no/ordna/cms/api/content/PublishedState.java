package no.ordna.cms.api.content;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What front ends see of a variant: the published revision and when it was published. Nillable on
 * the class: Yasson takes the nillability of an object-typed property from its type, and a variant
 * says {@code "published": null} when it is not published.
 */
@JsonbNillable
@Schema(description = "The revision front ends see and when it was published")
@JsonbPropertyOrder({"revision", "publishedAt"})
public record PublishedState(int revision, @Schema(format = "date-time") String publishedAt) {}
