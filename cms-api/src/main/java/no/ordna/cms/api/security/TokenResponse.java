package no.ordna.cms.api.security;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new bearer token, shown once. */
@Schema(
    name = "TokenResponse",
    description = "A new bearer token; it is shown only in this response")
public record TokenResponse(
    @Schema(required = true, description = "Send as Authorization: Bearer <token>") String token,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            required = true,
            description = "When the token stops working (UTC)")
        String expiresAt,
    @Schema(required = true, example = "Bearer") String tokenType) {}
