package no.ordna.cms.api.identity;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of a user: only the members sent change. */
@Schema(
    name = "ChangeUserRequest",
    description =
        "A change of a user (JSON merge patch): only the members sent change; disabling stops its"
            + " tokens at once")
public record ChangeUserRequest(
    Boolean disabled,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Replaces the roles; at least one")
        List<String> roles,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Replaces the locales the user may edit")
        List<String> locales,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Replaces the content types the user may edit")
        List<String> contentTypes) {

  /** Reads the body strictly; problems are added to {@code violations}, not thrown. */
  static ChangeUserRequest read(JsonObject body, Violations violations) {
    StrictObject request = new StrictObject(body, "", violations);
    request.allowOnly(Set.of("disabled", "roles", "locales", "contentTypes"));
    return new ChangeUserRequest(
        request.has("disabled") ? request.bool("disabled", false) : null,
        request.has("roles") ? UserRequests.strings(request, "roles", violations) : null,
        request.has("locales") ? UserRequests.strings(request, "locales", violations) : null,
        request.has("contentTypes")
            ? UserRequests.strings(request, "contentTypes", violations)
            : null);
  }
}
