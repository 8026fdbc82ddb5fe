package no.ordna.cms.api.identity;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new machine token is called, may do and how long it lives. */
@Schema(name = "MachineTokenRequest", description = "A new machine token")
public record MachineTokenRequest(
    @Schema(required = true, description = "At most 190 characters", example = "nettside")
        String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description =
                "At least one of delivery:preview (read drafts through the delivery API),"
                    + " manage:read, manage:write, manage:publish, manage:webhooks")
        List<String> scopes,
    @Schema(description = "ISO 8601 duration from PT1M to P366D; default P90D", example = "P90D")
        String expiresIn) {

  /** The default lifetime of a machine token. */
  static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);

  static MachineTokenRequest read(JsonValue json, Violations violations) {
    StrictObject request = new StrictObject(RequestBodies.require(json), "", violations);
    request.allowOnly(Set.of("name", "scopes", "expiresIn"));
    String name = request.string("name", true).orElse(null);
    Set<String> scopes = new LinkedHashSet<>();
    request
        .array("scopes", true)
        .ifPresent(
            array ->
                array.forEach(
                    v -> {
                      if (v instanceof JsonString s) {
                        scopes.add(s.getString());
                      } else {
                        violations.add("scopes", "must be strings");
                      }
                    }));
    return new MachineTokenRequest(
        name, List.copyOf(scopes), request.string("expiresIn", false).orElse(null));
  }

  /** The lifetime asked for; an unreadable one is added to {@code violations}. */
  Duration lifetime(Violations violations) {
    if (expiresIn == null) {
      return DEFAULT_LIFETIME;
    }
    try {
      return Duration.parse(expiresIn);
    } catch (DateTimeParseException e) {
      violations.add("expiresIn", "must be an ISO 8601 duration, e.g. P90D");
      return DEFAULT_LIFETIME;
    }
  }
}
