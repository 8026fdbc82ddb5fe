package no.ordna.cms.api.security;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new bearer token, shown once. */
@Schema(description = "A new bearer token; it is shown only in this response")
public record TokenResponse(
    @Schema(description = "Send as Authorization: Bearer <token>") String token,
    @Schema(description = "When the token stops working (UTC)") Instant expiresAt,
    @Schema(example = "Bearer") String tokenType) {}
