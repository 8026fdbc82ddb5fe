package no.ordna.cms.api.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import no.ordna.cms.identity.application.UserDetails;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user with its rights, as the management API shows it (never its password). */
@Schema(name = "User", description = "A user with its rights; never its password")
@JsonbPropertyOrder({
  "id",
  "username",
  "roles",
  "locales",
  "contentTypes",
  "disabled",
  "preferences",
  "createdAt",
  "updatedAt",
  "etag"
})
public record UserView(
    @Schema(required = true) String id,
    @Schema(required = true, example = "kari") String username,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "Role names, sorted: admin, editor, publisher, translator, viewer")
        List<String> roles,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "Locales the user may edit (empty: all)")
        List<String> locales,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "Content type keys the user may edit (empty: all)")
        List<String> contentTypes,
    @Schema(required = true, description = "A disabled user cannot sign in; its tokens stop")
        boolean disabled,
    @Schema(required = true) Preferences preferences,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(format = "date-time", required = true) String updatedAt,
    @Schema(
            required = true,
            example = "\"u3-5f2a9c01\"",
            description =
                "This version's entity tag (as the ETag header gives it): send it as If-Match to"
                    + " change the user")
        String etag) {

  /** What the user chose for the editorial app. */
  @Schema(name = "UserPreferences", description = "What the user chose for the editorial app")
  public record Preferences(
      @Schema(
              required = true,
              nullable = true,
              enumeration = {"nb", "en"},
              description = "The editorial app's language; null for its default")
          @JsonbNillable
          String uiLanguage) {}

  static UserView of(UserDetails user) {
    return new UserView(
        user.id(),
        user.username(),
        user.roles(),
        user.locales(),
        user.contentTypes(),
        user.disabled(),
        new Preferences(user.uiLanguage()),
        user.createdAt().toString(),
        user.updatedAt().toString(),
        user.etag());
  }
}
