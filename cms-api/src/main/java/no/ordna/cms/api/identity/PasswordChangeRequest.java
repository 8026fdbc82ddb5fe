package no.ordna.cms.api.identity;

import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user's change of its own password. */
@Schema(name = "PasswordChangeRequest", description = "A change of your own password")
public record PasswordChangeRequest(
    @Schema(required = true, format = "password") String currentPassword,
    @Schema(required = true, format = "password", description = "At least 12 characters")
        String newPassword) {

  static PasswordChangeRequest read(jakarta.json.JsonValue json) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(json), "", violations);
    request.allowOnly(Set.of("currentPassword", "newPassword"));
    PasswordChangeRequest read =
        new PasswordChangeRequest(
            request.string("currentPassword", true).orElse(null),
            request.string("newPassword", true).orElse(null));
    violations.throwIfAny("Invalid password change");
    return read;
  }
}
