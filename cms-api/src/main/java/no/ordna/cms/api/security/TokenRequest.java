package no.ordna.cms.api.security;

import jakarta.json.JsonValue;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Credentials exchanged for a bearer token. */
@Schema(name = "TokenRequest", description = "Credentials exchanged for a bearer token")
public record TokenRequest(
    @Schema(required = true, example = "admin") String username,
    @Schema(required = true, format = "password") String password) {

  /** Reads the body strictly: both members, nothing else. */
  static TokenRequest read(JsonValue json) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(json), "", violations);
    request.allowOnly(Set.of("username", "password"));
    TokenRequest read =
        new TokenRequest(
            request.string("username", true).orElse(null),
            request.string("password", true).orElse(null));
    violations.throwIfAny("Invalid token request");
    return read;
  }
}
