package no.ordna.cms.api.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Credentials exchanged for a bearer token. */
@Schema(description = "Credentials exchanged for a bearer token")
public record TokenRequest(
    @Schema(required = true, example = "admin") String username,
    @Schema(required = true, format = "password") String password) {}
