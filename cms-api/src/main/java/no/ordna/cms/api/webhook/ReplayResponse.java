package no.ordna.cms.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to replaying a webhook's dead deliveries. */
@Schema(description = "How many dead deliveries were made pending again")
public record ReplayResponse(
    @Schema(description = "Dead deliveries pending again", required = true) int replayed) {}
