package no.ordna.cms.api.identity;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new user: name, first password and rights. Unknown members are refused. */
@Schema(
    name = "CreateUserRequest",
    description = "A new user: name, first password and rights; unknown members are refused")
public record CreateUserRequest(
    @Schema(
            required = true,
            description = "1-100 of a-z, 0-9, '.', '_', '@', '-' (stored in lower case)",
            example = "kari")
        String username,
    @Schema(required = true, format = "password", description = "At least 12 characters")
        String password,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "At least one of admin, editor, publisher, translator, viewer")
        List<String> roles,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Configured locales the user may edit (empty or absent: all)")
        List<String> locales,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Content type keys the user may edit (empty or absent: all)")
        List<String> contentTypes) {

  static final Set<String> MEMBERS =
      Set.of("username", "password", "roles", "locales", "contentTypes");

  /** Reads the body strictly; problems are added to {@code violations}, not thrown. */
  static CreateUserRequest read(JsonObject body, Violations violations) {
    StrictObject request = new StrictObject(body, "", violations);
    request.allowOnly(MEMBERS);
    return new CreateUserRequest(
        request.string("username", true).orElse(null),
        request.string("password", true).orElse(null),
        UserRequests.strings(request, "roles", violations),
        UserRequests.strings(request, "locales", violations),
        UserRequests.strings(request, "contentTypes", violations));
  }
}
