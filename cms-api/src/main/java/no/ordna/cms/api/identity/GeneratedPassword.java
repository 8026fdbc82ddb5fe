package no.ordna.cms.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A password the server made, shown only in this answer. */
@Schema(name = "GeneratedPassword", description = "A generated password, shown only this once")
public record GeneratedPassword(@Schema(required = true, format = "password") String password) {}
