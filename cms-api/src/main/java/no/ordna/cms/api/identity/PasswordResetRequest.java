package no.ordna.cms.api.identity;

import jakarta.json.JsonValue;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's reset of a user's password: the new one, or none to have one generated. */
@Schema(
    name = "PasswordResetRequest",
    description = "The new password, or {} to have one generated and shown once")
public record PasswordResetRequest(
    @Schema(format = "password", description = "At least 12 characters; absent: generate one")
        String password) {

  static PasswordResetRequest read(JsonValue json) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(json), "", violations);
    request.allowOnly(Set.of("password"));
    PasswordResetRequest read =
        new PasswordResetRequest(request.string("password", false).orElse(null));
    violations.throwIfAny("Invalid password reset");
    return read;
  }
}
