package no.ordna.cms.api.identity;

import jakarta.json.JsonValue;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user's preferences. */
@Schema(name = "PreferencesRequest", description = "Your preferences for the editorial app")
public record PreferencesRequest(
    @Schema(
            nullable = true,
            enumeration = {"nb", "en"},
            description = "The editorial app's language; null or absent for its default")
        String uiLanguage) {

  static PreferencesRequest read(JsonValue json) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(json), "", violations);
    request.allowOnly(Set.of("uiLanguage"));
    PreferencesRequest read =
        new PreferencesRequest(request.string("uiLanguage", false).orElse(null));
    violations.throwIfAny("Invalid preferences");
    return read;
  }
}
