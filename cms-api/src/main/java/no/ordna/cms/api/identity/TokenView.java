package no.ordna.cms.api.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import no.ordna.cms.identity.application.TokenDetails;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An active token, never its secret. */
@Schema(name = "Token", description = "An active token; never its secret")
@JsonbPropertyOrder({"id", "kind", "name", "scopes", "createdAt", "expiresAt"})
public record TokenView(
    @Schema(required = true) String id,
    @Schema(
            required = true,
            enumeration = {"session", "preview", "machine"})
        String kind,
    @Schema(required = true) String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description =
                "Machine tokens: delivery:preview, manage:read, manage:write, manage:publish, manage:webhooks")
        List<String> scopes,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(format = "date-time", required = true) String expiresAt) {

  static TokenView of(TokenDetails token) {
    return new TokenView(
        token.id(),
        token.kind(),
        token.name(),
        token.scopes(),
        token.createdAt().toString(),
        token.expiresAt().toString());
  }
}
