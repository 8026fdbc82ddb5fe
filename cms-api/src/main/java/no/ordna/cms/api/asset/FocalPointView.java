package no.ordna.cms.api.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The point of an image that crops keep in view, each coordinate from 0 to 1. */
@Schema(name = "FocalPoint", description = "The point crops keep in view; 0-1 from the top left")
public record FocalPointView(
    @Schema(required = true, minimum = "0", maximum = "1") double x,
    @Schema(required = true, minimum = "0", maximum = "1") double y) {}
