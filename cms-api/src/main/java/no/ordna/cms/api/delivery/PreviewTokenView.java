package no.ordna.cms.api.delivery;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new preview token, shown once, made for a variant: {@code previewUrl} is its front-end preview
 * URL, or null when its type has none. A token asked for without a variant is a {@link Plain} one,
 * without {@code previewUrl}.
 */
@Schema(description = "A new preview token; it is shown only in this response")
@JsonbNillable
@JsonbPropertyOrder({"token", "expiresAt", "scopes", "types", "previewUrl"})
public record PreviewTokenView(
    @Schema(description = "Send as Authorization: Bearer <token> with ?preview=true") String token,
    @Schema(format = "date-time") String expiresAt,
    @Schema(type = SchemaType.ARRAY, implementation = String.class) List<String> scopes,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "The types it may read (empty: all)")
        List<String> types,
    @Schema(
            nullable = true,
            description =
                "Only when item and locale were given: the variant's front-end preview URL, or"
                    + " null when its type has none")
        String previewUrl) {

  /** A preview token made without naming a variant: no {@code previewUrl} member. */
  @JsonbPropertyOrder({"token", "expiresAt", "scopes", "types"})
  public record Plain(String token, String expiresAt, List<String> scopes, List<String> types) {}
}
